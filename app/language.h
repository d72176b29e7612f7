#pragma once

#include <QString>

namespace dx {

/// The language dxdesk shows: `requested` (--lang) when given, else the one saved in the
/// settings, else Simplified Chinese on a Chinese system and English otherwise.
QString chooseLanguage(const QString &requested);

/// Sets the default locale for `lang` ("zh_CN" or "en") and, for Chinese, installs our catalogue
/// and Qt's own (so that Qt's buttons say 确定/取消). Call once, after the application object
/// exists; the translators live until the process ends.
void installLanguage(const QString &lang);

}  // namespace dx
