# Низове за терминала и отчетите. Текстовете на правилата са във файловете по области (ade.ftl, apns.ftl, …).

severity-critical = Критична
severity-high = Висока
severity-medium = Средна
severity-low = Ниска
severity-info = Информационна

label-cause = Причина
label-steps = Какво да направите
label-warning = Внимание
label-docs = Още информация
label-detail = Подробности
label-score = съвпадение
# Доколко правилото отговаря на текста, в проценти: „97%“.
score-percent = { $percent }%
label-severity = Сериозност
label-finding = Констатация
label-subject = Отнася се за
label-rule = Правило
label-area = Област
label-title = Заглавие
label-matches = Съвпадения

explain-heading = Какво знае mdmdoc за „{ $query }“
explain-no-match = В базата знания няма нищо, което да съответства на този текст.
explain-did-you-mean = Имахте предвид: { $suggestions }?

diagnose-heading = Диагностика на клиента (tenant)
diagnose-none = Не са открити проблеми.
diagnose-summary = { $total ->
    [one] Една констатация
   *[other] { $total } констатации
}: { $breakdown }.
summary-count = { $severity }: { $count }
diagnose-skipped = { $rule } пропусна { $subject }: { $field } е „{ $value }“, а не { $expected }.
explained-by = следствие от { $rule } (отстранете първо него)

warn-unknown-locale = няма съобщения за „{ $requested }“; вместо това се използва { $used }.

rules-test-summary = Успешни примери: { $passed }, неуспешни: { $failed } (правила: { $rules }).
rules-test-failed = НЕУСПЕХ { $rule }, пример { $example }: { $reason }
rules-lint-clean = Базата знания е без проблеми (правила: { $rules }, езици: { $locales }).
rules-lint-problems = { $count ->
    [one] Открит е един проблем.
   *[other] Открити са { $count } проблема.
}

# Дати: { $day }, { $day-padded }, { $month } (името по-долу), { $month-number }, { $year }.
date = { $day } { $month } { $year } г.
month-1 = януари
month-2 = февруари
month-3 = март
month-4 = април
month-5 = май
month-6 = юни
month-7 = юли
month-8 = август
month-9 = септември
month-10 = октомври
month-11 = ноември
month-12 = декември

error-prefix = грешка:
warning-prefix = предупреждение:
error-yaml = { $file }, ред { $line }, колона { $column }: { $message }. Поправете YAML на това място и изпълнете командата отново.
error-ftl = { $file }, ред { $line }, колона { $column }: този Fluent файл не може да бъде анализиран ({ $message }). Поправете го и изпълнете `mdmdoc rules lint`.
error-io = { $path } не може да бъде прочетен: { $reason }. Проверете пътя и правата за достъп.
error-not-a-directory = { $path } не е папка. Посочете папката, в която се намират файловете.
error-spill = не могат да се запишат временни файлове в { $path }: { $reason }. При толкова много потребители част от преброяването на устройствата се пази там; освободете място или насочете TMPDIR към папка с достатъчно място.
error-duplicate-rule = идентификаторът на правило „{ $id }“ е дефиниран два пъти – в { $first } и в { $second }. Преименувайте или премахнете едното от двете.
error-rule = { $file }: { $message }.
error-missing-message = { $file }: правилото „{ $rule }“ няма съобщение „{ $message }“ за { $locale }. Добавете го във файл .ftl в locales/{ $locale }/.
error-snapshot-json = { $file }, ред { $line }, колона { $column } (в { $path }): { $message }. Моментната снимка съдържа отговорите на Microsoft Graph във вида, в който Graph ги връща; поправете файла или го експортирайте отново.
error-snapshot-shape = { $file } (в { $path }): { $message }. Моментната снимка съдържа отговорите на Microsoft Graph във вида, в който Graph ги връща.
error-empty-input = на стандартния вход не е подадено нищо. Подайте текста като аргументи или го пренасочете към командата (pipe).
error-invalid-now = --now „{ $value }“ не е дата и час. Запишете го във формат RFC 3339, например 2026-11-22T12:00:00Z.
error-invalid-fact = --fact „{ $value }“: { $reason }. Използвайте формата --fact КЛЮЧ=СТОЙНОСТ, например --fact minutes_since_profile_download=20.
error-unknown-rule = няма правило с идентификатор „{ $id }“. { $suggestions ->
    [none] Изпълнете `mdmdoc rules list`, за да видите всички.
   *[other] Имахте предвид { $suggestions }?
}
error-usage = { $message }

rules-coverage = { $locale }: готово { $percent } % ({ $present } от { $total } съобщения)
expected-number = число
expected-date = дата и час във формат RFC 3339
expected-version = версия, например 17.0
expected-text = текст
