# `mdmdoc scan`: поиск известных ошибок в журналах.

scan-heading = Проверка журналов
scan-summary = { $hits ->
    [one] { $hits } совпадение
    [few] { $hits } совпадения
    [many] { $hits } совпадений
   *[other] { $hits } совпадения
} по { $rules ->
    [one] { $rules } правилу
    [few] { $rules } правилам
    [many] { $rules } правилам
   *[other] { $rules } правила
} в { $files ->
    [one] { $files } файле
    [few] { $files } файлах
    [many] { $files } файлах
   *[other] { $files } файла
}.
scan-none = Ни в одной строке этих журналов нет кода, сообщения или шаблона из базы знаний.
scan-rules-heading = Что означают найденные правила
scan-label-file = Файл
scan-label-line = Строка
