# Сбор данных из Microsoft Graph: `mdmdoc collect` и `mdmdoc diagnose --live`.

collect-progress-items = { $count ->
    [one] пока { $count } запись
    [few] пока { $count } записи
    [many] пока { $count } записей
   *[other] пока { $count } записи
}
collect-progress-done = готово: { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}
collect-progress-not-configured = не настроено
collect-retry-status = { $collection }: { $host } ответил HTTP { $status }; повтор через { $seconds } с (попытка { $attempt } из { $max }).
collect-retry-timeout = { $collection }: { $host } не ответил вовремя; повтор через { $seconds } с (попытка { $attempt } из { $max }).
collect-retry-network = { $collection }: { $host } недоступен ({ $reason }); повтор через { $seconds } с (попытка { $attempt } из { $max }).

collect-done = Снимок сохранён в { $path }.
collect-done-redacted = Снимок сохранён в { $path }; имена пользователей, адреса электронной почты, серийные номера, имена устройств и Apple ID заменены хешами.
collect-summary-records = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}{ $pages ->
    [one] {""}
    [few] {", "}{ $pages } страницы
    [many] {", "}{ $pages } страниц
   *[other] {", "}{ $pages } страницы
}
collect-summary-not-configured = не настроено (в этом клиенте Graph такого объекта не знает)
collect-next = Диагностика: { $command }

error-collect-no-secret = не задан секрет клиента. Поместите его в переменную окружения MDMDOC_CLIENT_SECRET (через параметр командной строки он не принимается, чтобы не попасть в историю оболочки и список процессов) и запустите команду снова.
error-collect-missing-flag = для входа в Microsoft Graph нужен { $flag }. Укажите идентификатор каталога (клиента) в --tenant и идентификатор приложения (клиента) регистрации приложения в --client-id.
error-collect-unexpected-flag = { $flag } имеет смысл только при сборе данных из Microsoft Graph. Добавьте --live (и уберите путь к снимку) или уберите { $flag }.
error-collect-bad-url = { $flag } «{ $value }» не подходит: { $reason }. Укажите базовый адрес службы, например https://graph.microsoft.com.
error-collect-bad-tenant = --tenant «{ $value }» не похож ни на идентификатор каталога, ни на имя домена. Укажите идентификатор клиента (GUID) или домен вида contoso.onmicrosoft.com.
error-collect-out-exists = { $path } уже существует и не пуст. Выберите другую папку или добавьте --force, чтобы заменить её, когда новый снимок будет готов.
error-collect-write = не удаётся записать { $path }: { $reason }. Проверьте свободное место и права доступа.
error-collect-auth = вход через { $host } не удался (HTTP { $status }): { $code }: { $description } { $hint ->
    [secret] Проверьте секрет клиента в MDMDOC_CLIENT_SECRET: возможно, он введён с ошибкой, истёк или вместо значения секрета скопирован его идентификатор.
    [tenant] Проверьте --tenant: нужен идентификатор каталога или подтверждённый домен организации.
    [client] Проверьте --client-id: нужен идентификатор приложения (клиента) регистрации приложения в этом клиенте.
    [consent] Администратор должен предоставить согласие администратора на разрешения регистрации приложения.
   *[other] Проверьте клиент, идентификатор приложения и секрет.
}
error-collect-permission = Microsoft Graph отказал в доступе к { $collection } (HTTP { $status }, { $code }: { $message }). Регистрации приложения нужно разрешение приложения Microsoft Graph { $permissions } (достаточно одного из них) с предоставленным согласием администратора. Добавьте его в разделе «Разрешения API» в Microsoft Entra ID, предоставьте согласие администратора и запустите команду снова.
error-collect-http = не удалось получить { $collection }: { $url } ответил HTTP { $status } ({ $code }: { $message }), попыток: { $attempts }. Ничего не записано; повторите позже или проверьте состояние службы Microsoft Intune.
error-collect-network = { $collection ->
    [sign-in] не удалось войти
   *[other] не удалось получить { $collection }
}: { $host } недоступен ({ $reason }), попыток: { $attempts }. Проверьте сеть, прокси и брандмауэр, а также адрес в --graph-url или --login-url.
error-collect-timeout = { $collection ->
    [sign-in] не удалось войти
   *[other] не удалось получить { $collection }
}: { $host } не ответил за { $seconds } с, попыток: { $attempts }. Повторите позже или увеличьте время ожидания через --timeout.
error-collect-bad-response = не удалось получить { $collection }: { $url } прислал не ответ Microsoft Graph ({ $message }). Проверьте, что --graph-url указывает на Microsoft Graph.
error-collect-foreign-link = получение { $collection } остановлено: следующая страница находится на другом узле ({ $link }), а маркер доступа отправляется только на { $host }.
