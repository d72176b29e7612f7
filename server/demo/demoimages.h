#pragma once

#include <QByteArray>
#include <QString>

namespace dx::demo {

/// Synthetic documents for the demo data, drawn by the program: no real person's data.
/// They need a QGuiApplication (fonts); dxserver makes one on the offscreen platform.
QByteArray licenseImage(const QString &orgName, const QString &creditCode, const QString &address,
                        const QString &legalRep, int variant);
QByteArray idFrontImage(const QString &name, const QString &idNumber, const QString &address,
                        int variant);
QByteArray idBackImage(const QString &authority, int variant);
/// A multi-page PDF (an annual report extract) with known words on each page.
QByteArray supportingPdf(const QString &orgName, int pages);

}  // namespace dx::demo
