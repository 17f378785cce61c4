# Названия ссылок на документацию (сами ссылки указаны в правилах).
doc-ade-tokens = Управление токенами ADE: синхронизация, продление и ограничения
doc-ade-sync-errors = Ошибки синхронизации токена ADE и способы их устранения
doc-ade-reenroll = Повторная регистрация устройства, которое уже регистрировалось через ADE
doc-ade-stuck = Устройство ADE зависает на экране регистрации
doc-apple-ade-errors = Apple: коды ошибок API автоматической регистрации устройств
doc-apns-cert = Push-сертификат MDM Apple: получение и продление
doc-tenant-status = Состояние клиента: работоспособность соединителей
doc-ios-enrollment-errors = Коды ошибок регистрации iOS/iPadOS
doc-enrollment-troubleshooting = Устранение неполадок при регистрации устройств в Intune
doc-device-limit = Ограничения на количество устройств
doc-limits-intune-entra = Как сочетаются ограничения на количество устройств в Intune и Microsoft Entra
doc-vpp-tokens = Токены расположений для приложений и книг (VPP)
