# Отчети (`mdmdoc report`), сравнения между изпълнения и изключения.

report-title = Отчет за състоянието на регистрацията на устройства Apple
report-skip-to-findings = Към констатациите
report-meta-tenant = Клиент (tenant)
report-meta-snapshot = Моментна снимка
report-meta-snapshot-time = Дата на моментната снимка
report-meta-as-of = Дата на диагностиката
report-generator = Създадено с mdmdoc { $version }
# Дата ({ $date }, форматирана от `date` в ui.ftl) и час в 24-часов формат ({ $time }), и двете в UTC.
datetime = { $date }, { $time } ч. UTC

report-glance = Обобщение
report-by-severity = Констатации по сериозност
report-by-area = Констатации по област
report-fix-first = Отстранете първо
report-fix-first-explains = { $count ->
    [one] причина и за още една констатация
   *[other] причина и за още { $count } констатации
}
report-findings = Констатации
report-no-findings = В тази моментна снимка няма нищо, което да изисква внимание.
report-subjects = Засегнати

area-ade = Автоматизирана регистрация на устройства
area-apns = Сертификат за Apple MDM push
area-enrollment = Регистрация
area-vpp = Apps and Books

report-changes = Промени от последното изпълнение
report-changes-summary = Нови: { $new }, отстранени: { $resolved }, без промяна: { $unchanged }.
report-new = Нови
report-resolved = Отстранени
report-unchanged = Без промяна

report-suppressed = Съзнателно изключени констатации
report-suppressed-intro = Тези констатации съответстват на запис във файла с изключения. Те не са включени в числата по-горе, но не са забравени.
report-expired = Изключения с изтекъл срок
report-expired-intro = Срокът на тези записи е изтекъл и те вече не скриват нищо. Подновете ги с нова дата или ги изтрийте.
report-skipped = Записи, които не можаха да бъдат оценени

label-reason = Основание
label-owner = Отговорник
label-expires = Валидно до
label-subject-kind = Тип на обекта
label-subject-id = Идентификатор на обекта
label-subject-name = Име на обекта
label-explained-by = Първопричина

report-written = Отчетът е записан в { $path } ({ $format }, { $locale }, { $findings ->
    [one] една констатация
   *[other] { $findings } констатации
}).
diagnose-suppressed = { $count ->
    [one] Още една констатация е скрита от файла с изключения.
   *[other] Още { $count } констатации са скрити от файла с изключения.
}
warn-suppression-expired = изключението за { $rule } ({ $origin }) е изтекло на { $date } и вече не скрива нищо. Подновете го или го изтрийте.

error-suppression = { $file }, ред { $line }: изключение № { $entry } ({ $rule }) { $problem ->
    [no-reason] няма основание. Всеки запис трябва да има поле `reason:`, което да обяснява на следващия администратор защо тази констатация може да бъде изключена.
    [unknown-rule] посочва правило, което не съществува. Изпълнете `mdmdoc rules list`, за да видите идентификаторите.
   *[bad-expiry] има поле `expires:`, чиято стойност не е дата. Запишете датата във вида 2026-12-31.
}
error-diagnosis-json = { $file } (в { $path }) не е резултат от `mdmdoc diagnose --format json`: { $problem ->
    [not-object] документът не е JSON обект.
    [no-findings] липсва списък „findings“.
    [no-rule] една от констатациите няма поле „rule“.
   *[no-subject] една от констатациите няма поле „subject.id“.
}
error-format-not-available = `{ $command }` не може да извежда във формат { $format }. Изберете един от: { $available }.
error-write = { $path } не може да бъде записан: { $reason }. Проверете дали папката съществува и дали имате права за запис в нея.

# A label followed by its value: “Tenant: Contoso”.
label-colon = { $label }:
