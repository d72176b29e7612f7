#include "app/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace dx {

QString chooseLanguage(const QString &requested) {
    if (!requested.isEmpty()) return requested;
    const QString saved = QSettings(QStringLiteral("dxdesk"), QStringLiteral("ui"))
                              .value(QStringLiteral("language"))
                              .toString();
    if (!saved.isEmpty()) return saved;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

void installLanguage(const QString &lang) {
    if (!lang.startsWith(QStringLiteral("zh"))) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    // Owned by the application object, so they live as long as it does.
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/i18n/dxdesk_zh_CN.qm")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_zh_CN"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

}  // namespace dx
