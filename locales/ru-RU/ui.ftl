# Строки терминала и отчетов. Тексты правил находятся в файлах областей (ade.ftl, apns.ftl, …).

severity-critical = Критический
severity-high = Высокий
severity-medium = Средний
severity-low = Низкий
severity-info = Сведения

label-cause = Причина
label-steps = Что делать
label-warning = Внимание
label-docs = Подробнее
label-detail = Подробности
label-score = совпадение
# Насколько правило подходит к тексту, в процентах: «97 %».
score-percent = { $percent } %
label-severity = Уровень
label-finding = Замечание
label-subject = Объект
label-rule = Правило
label-area = Область
label-title = Название
label-matches = Совпадения

explain-heading = Что mdmdoc знает о «{ $query }»
explain-no-match = В базе знаний нет ничего, что соответствовало бы этому тексту.
explain-did-you-mean = Возможно, вы имели в виду: { $suggestions }?

diagnose-heading = Диагностика клиента
diagnose-none = Проблем не обнаружено.
diagnose-summary = { $total ->
    [1] Одно замечание
    [one] { $total } замечание
    [few] { $total } замечания
    [many] { $total } замечаний
   *[other] { $total } замечания
} ({ $breakdown }).
summary-count = { $severity }: { $count }
diagnose-skipped = правило { $rule } пропустило { $subject }: поле { $field } содержит «{ $value }», ожидалось: { $expected }.
explained-by = следствие { $rule } (сначала устраните эту проблему)

warn-unknown-locale = для «{ $requested }» нет сообщений; вместо них используется { $used }.

rules-test-summary = Примеров пройдено: { $passed }, не пройдено: { $failed } (правил: { $rules }).
rules-test-failed = СБОЙ { $rule }, пример { $example }: { $reason }
rules-lint-clean = База знаний в порядке: правил — { $rules }, языков — { $locales }.
rules-lint-problems = { $count ->
    [1] Найдена одна проблема.
    [one] Найдена { $count } проблема.
    [few] Найдено { $count } проблемы.
    [many] Найдено { $count } проблем.
   *[other] Найдено { $count } проблемы.
}

# Даты: { $day }, { $day-padded }, { $month } (название ниже, в родительном падеже), { $month-number }, { $year }.
date = { $day } { $month } { $year } г.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

error-prefix = ошибка:
warning-prefix = предупреждение:
error-yaml = { $file }, строка { $line }, столбец { $column }: { $message }. Исправьте YAML в этом месте и выполните команду еще раз.
error-ftl = { $file }, строка { $line }, столбец { $column }: не удается разобрать этот файл Fluent ({ $message }). Исправьте его и выполните `mdmdoc rules lint`.
error-io = не удается прочитать { $path }: { $reason }. Проверьте путь и права доступа.
error-not-a-directory = { $path } не является папкой. Укажите папку, в которой находятся файлы.
error-spill = не удается записать временные файлы в { $path }: { $reason }. При таком числе пользователей часть подсчета устройств хранится там; освободите место или укажите в TMPDIR папку, где его достаточно.
error-duplicate-rule = идентификатор правила «{ $id }» определен дважды: в { $first } и в { $second }. Переименуйте или удалите одно из них.
error-rule = { $file }: { $message }.
error-missing-message = { $file }: для правила «{ $rule }» нет сообщения «{ $message }» на языке { $locale }. Добавьте его в FTL-файл в папке locales/{ $locale }/.
error-snapshot-json = { $file }, строка { $line }, столбец { $column } ({ $path }): { $message }. Снимок должен содержать ответы Microsoft Graph в том виде, в каком их возвращает Graph; исправьте файл или экспортируйте его заново.
error-snapshot-shape = { $file } ({ $path }): { $message }. Снимок должен содержать ответы Microsoft Graph в том виде, в каком их возвращает Graph.
error-empty-input = на стандартный ввод ничего не поступило. Передайте текст в аргументах или через конвейер.
error-invalid-now = --now «{ $value }» не является датой и временем. Укажите значение в формате RFC 3339, например 2026-11-22T12:00:00Z.
error-invalid-fact = --fact «{ $value }»: { $reason }. Используйте формат --fact КЛЮЧ=ЗНАЧЕНИЕ, например --fact minutes_since_profile_download=20.
error-unknown-rule = правила с идентификатором «{ $id }» нет. { $suggestions ->
    [none] Выполните `mdmdoc rules list`, чтобы увидеть все правила.
   *[other] Возможно, вы имели в виду { $suggestions }?
}
error-usage = { $message }

rules-coverage = { $locale }: готово { $percent } % ({ $present } из { $total } сообщений)
expected-number = число
expected-date = дата и время в формате RFC 3339
expected-version = номер версии, например 17.0
expected-text = текст
