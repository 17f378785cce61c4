# Уеб услугата (`mdmdoc serve`): страницата за поддръжката и съобщенията на HTTP API.

# Името на този език на самия него — за избора на език.
serve-language-name = Български
serve-page-title = mdmdoc — поддръжка
serve-tagline = Поставете това, което пише на екрана или в журнала, и получете решението за устройства на Apple, управлявани с Intune.
serve-language-label = Език
serve-explain-heading = Обяснение на съобщение
serve-paste-label = Код на грешка, съобщение или откъс от журнал
serve-paste-hint = Поставете го така, както го вижда потребителят; правописът, интервалите и съседните редове от журнала нямат значение. Резултатите се показват, докато пишете.
serve-explain-button = Обясни
serve-facts-legend = Какво още знаете?
serve-fact-minutes-since-profile-download = Минути, откакто устройството е изтеглило профила за регистрация
serve-fact-minutes-since-profile-download-hint = Заявката за сертификат по SCEP профил се приема само 15 минути след изтеглянето; решението зависи от това дали устройството е в този интервал.
serve-diagnose-heading = Диагностика на моментна снимка на наемателя
serve-upload-label = Файл с моментна снимка (JSON или YAML)
serve-upload-hint = Един файл, чиито ключове са колекции на Microsoft Graph, както ги експортират mdmdoc collect или Graph Explorer. Проверява се на този сървър и не се съхранява.
serve-diagnose-button = Диагностицирай
serve-report-button = Изтегли HTML отчета
serve-report-ready = HTML отчетът е изтеглен.
serve-no-file = Първо изберете файл с моментна снимка.
serve-results-heading = Резултати
serve-results-empty = Все още няма какво да се покаже: поставете съобщение или изберете моментна снимка.
serve-working = Обработва се…
serve-copy-ticket = Копирай за заявката
serve-copied = Копирано. Поставете текста в заявката.
serve-copy-failed = Браузърът не позволи копирането. Маркирайте резултатите и ги копирайте ръчно.
serve-error-network = Услугата mdmdoc не отговаря. Проверете дали още работи и опитайте отново.
serve-new-tab = (отваря се в нов раздел)
serve-noscript = Тази страница изисква JavaScript. Без него използвайте командния ред: mdmdoc explain "текст".
serve-ticket-text = Съобщен текст:

serve-listening = mdmdoc предоставя страницата за поддръжка и API на { $url } — натиснете Ctrl-C за спиране.
serve-stopped = mdmdoc спря, след като довърши текущите заявки.
serve-request-body = тялото на заявката
serve-error-timeout = заявката продължи повече от { $seconds } секунди и беше прекъсната. Опитайте отново или изпратете по-малка моментна снимка.
serve-error-busy = услугата е заета и за { $seconds } секунди не се освободи място. Опитайте отново след малко.
serve-error-too-large = тялото на заявката е по-голямо от { $limit } — най-много, което този адрес приема.
serve-error-body = тялото на заявката не може да бъде прочетено: { $reason }.
serve-error-bad-json = тялото на заявката не е JSON във вида, който се очаква тук ({ $reason }). Изпратете {"{"}"text": "…", "facts": {"{"}{"}"}, "lang": "bg-BG"{"}"}.
serve-error-fact-key = името на факта „{ $key }“ може да съдържа само букви, цифри, „_“, „-“ и „.“.
serve-error-fact-value = фактът „{ $key }“ трябва да е число или текст, а не списък или обект.
serve-error-bad-now = now=„{ $value }“ не е дата и час. Запишете ги във формат RFC 3339, например 2026-11-22T12:00:00Z.
serve-error-empty-body = тялото на заявката е празно. Изпратете в него моментна снимка на наемателя (JSON или YAML).
serve-error-internal = в mdmdoc възникна вътрешна грешка и заявката не беше изпълнена. Моля, съобщете за това.
serve-error-report-format = форматът на отчета „{ $format }“ не е наличен тук. Поискайте html, markdown, csv или json.
serve-error-not-found = на адрес { $path } няма нищо. Страницата е на /, а API — под /api/.
serve-error-method = { $path } не приема този HTTP метод.
error-listen = не може да се слуша на { $addr }: { $reason }. Посочете свободен адрес и порт с --listen, например --listen 127.0.0.1:8080.
