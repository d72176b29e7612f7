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
    // Qt's own strings (QMessageBox's 确定/取消, QDialogButtonBox, the calendar …) come from
    // qt6-translations-l10n; without it they stay English, so say so once in the log.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                 QStringLiteral("_"), qtDir))
        QCoreApplication::installTranslator(qt);
    else
        qWarning(
            "Qt's Chinese catalogue (qtbase_zh_CN.qm) is not in %s: install "
            "qt6-translations-l10n",
            qPrintable(qtDir));
}

}  // namespace dx
