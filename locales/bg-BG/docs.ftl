# Заглавия на връзките към документацията (самите връзки са в правилата).
doc-ade-tokens = Управление на токените за ADE: синхронизиране, подновяване и ограничения
doc-ade-sync-errors = Грешки при синхронизиране на токени за ADE и как да ги отстраните
doc-ade-reenroll = Повторно регистриране на устройство, което вече е използвало ADE
doc-ade-stuck = Устройство с ADE, блокирало на екран от регистрацията
doc-apple-ade-errors = Apple: кодове за грешки на API за Automated Device Enrollment
doc-apns-cert = Сертификат за Apple MDM push: получаване и подновяване
doc-tenant-status = Състояние на клиента (Tenant status): изправност на конекторите
doc-ios-enrollment-errors = Кодове за грешки при регистриране на iOS/iPadOS
doc-enrollment-troubleshooting = Отстраняване на проблеми с регистрирането на устройства в Intune
doc-device-limit = Ограничения за броя устройства (Device limit restrictions)
doc-limits-intune-entra = Как си взаимодействат ограниченията за устройства в Intune и Microsoft Entra
doc-vpp-tokens = Токени за местоположение за Apps and Books (VPP)
