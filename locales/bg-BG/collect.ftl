# Събиране на данни от Microsoft Graph: `mdmdoc collect` и `mdmdoc diagnose --live`.

collect-progress-items = { $count ->
    [one] засега { $count } запис
   *[other] засега { $count } записа
}
collect-progress-done = готово: { $count ->
    [one] { $count } запис
   *[other] { $count } записа
}
collect-progress-not-configured = не е конфигурирано
collect-retry-status = { $collection }: { $host } отговори с HTTP { $status }; нов опит след { $seconds } s (опит { $attempt } от { $max }).
collect-retry-timeout = { $collection }: { $host } не отговори навреме; нов опит след { $seconds } s (опит { $attempt } от { $max }).
collect-retry-network = { $collection }: няма връзка с { $host } ({ $reason }); нов опит след { $seconds } s (опит { $attempt } от { $max }).

collect-done = Моментната снимка е записана в { $path }.
collect-done-redacted = Моментната снимка е записана в { $path }, като имената на потребители, имейл адресите, серийните номера, имената на устройства и Apple ID са заменени с хешове.
collect-summary-records = { $count ->
    [one] { $count } запис
   *[other] { $count } записа
}{ $pages ->
    [one] {""}
   *[other] {" "}в { $pages } страници
}
collect-summary-not-configured = не е конфигурирано (Graph няма такъв обект в този клиент)
collect-next = Диагностика: { $command }

error-collect-no-secret = липсва клиентската тайна. Задайте я в променливата на средата MDMDOC_CLIENT_SECRET (тя никога не се приема като параметър, за да не попадне в историята на обвивката и в списъка с процеси) и изпълнете командата отново.
error-collect-missing-flag = за вход в Microsoft Graph е нужен { $flag }. Посочете идентификатора на директорията (клиента) с --tenant и идентификатора на приложението (клиента) от регистрацията на приложението с --client-id.
error-collect-unexpected-flag = { $flag } има смисъл само при събиране от Microsoft Graph. Добавете --live (без път до моментна снимка) или премахнете { $flag }.
error-collect-bad-url = { $flag } „{ $value }“ не може да се използва: { $reason }. Посочете базовия адрес на услугата, например https://graph.microsoft.com.
error-collect-bad-tenant = --tenant „{ $value }“ не е нито идентификатор на директория, нито име на домейн. Използвайте идентификатора на клиента (GUID) или домейн като contoso.onmicrosoft.com.
error-collect-out-exists = { $path } вече съществува и не е празна. Изберете друга папка или добавете --force, за да бъде заменена, щом новата моментна снимка е готова.
error-collect-write = { $path } не може да бъде записан: { $reason }. Проверете свободното място и правата за достъп.
error-collect-auth = влизането през { $host } е неуспешно (HTTP { $status }): { $code }: { $description } { $hint ->
    [secret] Проверете клиентската тайна в MDMDOC_CLIENT_SECRET: може да е въведена грешно, да е изтекла или да е копиран идентификаторът ѝ вместо стойността.
    [tenant] Проверете --tenant: нужен е идентификаторът на директорията или потвърден домейн на организацията.
    [client] Проверете --client-id: нужен е идентификаторът на приложението (клиента) от регистрация на приложение в този клиент.
    [consent] Администратор трябва да даде администраторско съгласие за разрешенията на регистрацията на приложението.
   *[other] Проверете клиента, идентификатора на приложението и тайната.
}
error-collect-permission = Microsoft Graph отказа достъп до { $collection } (HTTP { $status }, { $code }: { $message }). Регистрацията на приложението се нуждае от разрешение за приложение на Microsoft Graph { $permissions } (достатъчно е едно от тях) с дадено администраторско съгласие. Добавете го в „Разрешения за API“ в Microsoft Entra ID, дайте администраторско съгласие и изпълнете командата отново.
error-collect-http = извличането на { $collection } е неуспешно: { $url } отговори с HTTP { $status } ({ $code }: { $message }), опити: { $attempts }. Нищо не е записано; опитайте отново по-късно или проверете състоянието на услугата Microsoft Intune.
error-collect-network = { $collection ->
    [sign-in] влизането е неуспешно
   *[other] извличането на { $collection } е неуспешно
}: няма връзка с { $host } ({ $reason }), опити: { $attempts }. Проверете мрежата, прокси сървъра и защитната стена, както и адреса в --graph-url или --login-url.
error-collect-timeout = { $collection ->
    [sign-in] влизането е неуспешно
   *[other] извличането на { $collection } е неуспешно
}: { $host } не отговори за { $seconds } s, опити: { $attempts }. Опитайте отново по-късно или дайте повече време с --timeout.
error-collect-bad-response = извличането на { $collection } е неуспешно: { $url } не върна отговор на Microsoft Graph ({ $message }). Проверете дали --graph-url сочи към Microsoft Graph.
error-collect-foreign-link = извличането на { $collection } е спряно: следващата страница е на друг хост ({ $link }), а маркерът за достъп се изпраща само до { $host }.
