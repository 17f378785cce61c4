# `mdmdoc scan`: търсене на известни грешки в журналите.

scan-heading = Проверка на журнали
scan-summary = { $hits ->
    [one] Едно съвпадение
   *[other] { $hits } съвпадения
} по { $rules ->
    [one] едно правило
   *[other] { $rules } правила
} в { $files ->
    [one] един файл
   *[other] { $files } файла
}.
scan-none = Нито един ред от тези журнали не съдържа код, съобщение или шаблон от базата знания.
scan-rules-heading = Какво означават намерените правила
scan-label-file = Файл
scan-label-line = Ред
