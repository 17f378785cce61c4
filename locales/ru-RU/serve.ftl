# Веб-служба (`mdmdoc serve`): страница для службы поддержки и сообщения HTTP API.

# Название этого языка на нём самом — для переключателя языка.
serve-language-name = Русский
serve-page-title = mdmdoc — служба поддержки
serve-tagline = Вставьте то, что видно на экране или в журнале, и получите решение для устройств Apple под управлением Intune.
serve-language-label = Язык
serve-explain-heading = Объяснить сообщение
serve-paste-label = Код ошибки, сообщение или фрагмент журнала
serve-paste-hint = Вставьте текст так, как его видит пользователь: написание, пробелы и соседние строки журнала не мешают. Результаты появляются по мере ввода.
serve-explain-button = Объяснить
serve-facts-legend = Что ещё известно?
serve-fact-minutes-since-profile-download = Сколько минут прошло с загрузки профиля регистрации на устройство
serve-fact-minutes-since-profile-download-hint = Запрос сертификата по профилю SCEP принимается только в течение 15 минут после загрузки; решение зависит от того, уложилось ли устройство в это окно.
serve-diagnose-heading = Диагностика снимка клиента
serve-upload-label = Файл снимка (JSON или YAML)
serve-upload-hint = Один файл, ключи которого — коллекции Microsoft Graph, в том виде, в каком их выгружают mdmdoc collect или Graph Explorer. Файл проверяется на этом сервере и не сохраняется.
serve-diagnose-button = Провести диагностику
serve-report-button = Скачать отчёт в HTML
serve-report-ready = Отчёт в формате HTML скачан.
serve-no-file = Сначала выберите файл снимка.
serve-results-heading = Результаты
serve-results-empty = Пока показывать нечего: вставьте сообщение или выберите снимок.
serve-working = Обработка…
serve-copy-ticket = Скопировать для заявки
serve-copied = Скопировано. Вставьте текст в заявку.
serve-copy-failed = Браузер не разрешил копирование. Выделите результаты и скопируйте их вручную.
serve-error-network = Служба mdmdoc не отвечает. Убедитесь, что она запущена, и повторите попытку.
serve-new-tab = (откроется в новой вкладке)
serve-noscript = Для этой страницы нужен JavaScript. Без него воспользуйтесь командной строкой: mdmdoc explain "текст".
serve-ticket-text = Текст от пользователя:

serve-listening = mdmdoc обслуживает страницу поддержки и API по адресу { $url } — для остановки нажмите Ctrl-C.
serve-stopped = mdmdoc остановлен после завершения текущих запросов.
serve-request-body = тело запроса
serve-error-timeout = запрос выполнялся дольше { $seconds } с и был прерван. Повторите попытку или отправьте снимок поменьше.
serve-error-busy = служба занята: за { $seconds } с не освободилось ни одного места. Повторите попытку чуть позже.
serve-error-too-large = тело запроса больше { $limit } — это предел для данного адреса API.
serve-error-body = не удалось прочитать тело запроса: { $reason }.
serve-error-bad-json = тело запроса — не тот JSON, который ожидается здесь ({ $reason }). Отправьте {"{"}"text": "…", "facts": {"{"}{"}"}, "lang": "ru-RU"{"}"}.
serve-error-fact-key = имя факта «{ $key }» может содержать только буквы, цифры, «_», «-» и «.».
serve-error-fact-value = факт «{ $key }» должен быть числом или текстом, а не списком или объектом.
serve-error-bad-now = now=«{ $value }» — это не дата и время. Укажите их в формате RFC 3339, например 2026-11-22T12:00:00Z.
serve-error-empty-body = тело запроса пусто. Отправьте в нём снимок клиента (JSON или YAML).
serve-error-internal = внутри mdmdoc произошла ошибка, и запрос не был выполнен. Пожалуйста, сообщите об этом.
serve-error-report-format = формат отчёта «{ $format }» здесь недоступен. Укажите html, markdown, csv или json.
serve-error-not-found = по адресу { $path } ничего нет. Страница находится по адресу /, API — под /api/.
serve-error-method = { $path } не принимает этот метод HTTP.
error-listen = не удаётся принимать соединения на { $addr }: { $reason }. Укажите свободные адрес и порт в --listen, например --listen 127.0.0.1:8080.
