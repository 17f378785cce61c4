# Отчеты (`mdmdoc report`), сравнение запусков и исключения.

report-title = Отчет о состоянии регистрации устройств Apple
report-skip-to-findings = Перейти к замечаниям
report-meta-tenant = Клиент
report-meta-snapshot = Снимок
report-meta-snapshot-time = Дата снимка
report-meta-as-of = Дата диагностики
report-generator = Отчет создан с помощью mdmdoc { $version }
# Дата ({ $date }, в формате `date` из ui.ftl) и время в 24-часовом формате ({ $time }), оба в UTC.
datetime = { $date }, { $time } UTC

report-glance = Сводка
report-by-severity = Замечания по уровням
report-by-area = Замечания по областям
report-fix-first = Исправьте в первую очередь
# После названия правила: «(причина еще 3 замечаний)». Числительное в родительном падеже.
report-fix-first-explains = { $count ->
    [1] причина еще одного замечания
    [one] причина еще { $count } замечания
    [few] причина еще { $count } замечаний
    [many] причина еще { $count } замечаний
   *[other] причина еще { $count } замечания
}
report-findings = Замечания
report-no-findings = В этом снимке нет ничего, что требовало бы внимания.
report-subjects = Затронутые объекты

area-ade = Автоматическая регистрация устройств
area-apns = Push-сертификат MDM Apple
area-enrollment = Регистрация
area-vpp = Приложения и книги

report-changes = Изменения с прошлого запуска
report-changes-summary = Новых: { $new }, устранено: { $resolved }, без изменений: { $unchanged }.
report-new = Новые
report-resolved = Устраненные
report-unchanged = Без изменений

report-suppressed = Намеренно отложенные замечания
report-suppressed-intro = Эти замечания соответствуют записям файла исключений. Они не учтены в приведенных выше подсчетах, но и не забыты.
report-expired = Исключения с истекшим сроком
report-expired-intro = Срок действия этих записей истек, и они больше ничего не скрывают. Продлите их, указав новую дату, или удалите.
report-skipped = Записи, которые не удалось оценить

label-reason = Обоснование
label-owner = Ответственный
label-expires = Срок действия
label-subject-kind = Тип объекта
label-subject-id = Идентификатор объекта
label-subject-name = Имя объекта
label-explained-by = Первопричина

report-written = Отчет записан в { $path } ({ $format }, { $locale }, { $findings ->
    [1] одно замечание
    [one] { $findings } замечание
    [few] { $findings } замечания
    [many] { $findings } замечаний
   *[other] { $findings } замечания
}).
diagnose-suppressed = { $count ->
    [1] Еще одно замечание скрыто файлом исключений.
    [one] Еще { $count } замечание скрыто файлом исключений.
    [few] Еще { $count } замечания скрыты файлом исключений.
    [many] Еще { $count } замечаний скрыто файлом исключений.
   *[other] Еще { $count } замечания скрыто файлом исключений.
}
warn-suppression-expired = срок действия исключения для { $rule } ({ $origin }) истек { $date }, и оно больше ничего не скрывает. Продлите или удалите его.

error-suppression = { $file }, строка { $line }: исключение № { $entry } ({ $rule }) { $problem ->
    [no-reason] не содержит обоснования. В каждой записи должно быть поле `reason:`, которое объяснит следующему администратору, почему это замечание можно отложить.
    [unknown-rule] ссылается на несуществующее правило. Выполните `mdmdoc rules list`, чтобы увидеть идентификаторы.
   *[bad-expiry] содержит в поле `expires:` значение, которое не является датой. Укажите дату в формате 2026-12-31.
}
error-diagnosis-json = { $file } ({ $path }) не является результатом `mdmdoc diagnose --format json`: { $problem ->
    [not-object] документ не является объектом JSON.
    [no-findings] отсутствует список «findings».
    [no-rule] у одного из замечаний нет поля «rule».
   *[no-subject] у одного из замечаний нет поля «subject.id».
}
error-format-not-available = `{ $command }` не поддерживает формат { $format }. Выберите один из форматов: { $available }.
error-write = не удается записать { $path }: { $reason }. Убедитесь, что папка существует и у вас есть права на запись в нее.

# A label followed by its value: “Tenant: Contoso”.
label-colon = { $label }:
