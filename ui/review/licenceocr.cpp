#include "ui/review/licenceocr.h"

#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QLoggingCategory>

#include <tesseract/baseapi.h>

#include <memory>

Q_LOGGING_CATEGORY(lcOcr, "dx.ocr")

namespace dx {

namespace {
class LicenceOcrTr {
    Q_DECLARE_TR_FUNCTIONS(LicenceOcr)
};

constexpr auto kLanguage = "chi_sim";  // its Latin letters and digits read the credit code too

struct EngineDeleter {
    void operator()(tesseract::TessBaseAPI *api) const {
        api->End();
        delete api;
    }
};

tesseract::TessBaseAPI *engine() {
    thread_local std::unique_ptr<tesseract::TessBaseAPI, EngineDeleter> api;
    thread_local bool failed = false;
    if (!api && !failed) {
        auto fresh =
            std::unique_ptr<tesseract::TessBaseAPI, EngineDeleter>(new tesseract::TessBaseAPI);
        // nullptr: TESSDATA_PREFIX, else the packaged tessdata directory.
        if (fresh->Init(nullptr, kLanguage, tesseract::OEM_LSTM_ONLY) != 0) {
            qCWarning(lcOcr) << "cannot start Tesseract with" << kLanguage;
            failed = true;
            return nullptr;
        }
        fresh->SetPageSegMode(tesseract::PSM_AUTO);
        fresh->SetVariable("debug_file", "/dev/null");  // its diagnostics are not for users
        api = std::move(fresh);
    }
    return api.get();
}
}  // namespace

QString LicenceOcr::engineName() {
    return QStringLiteral("tesseract %1 %2")
        .arg(QString::fromLatin1(tesseract::TessBaseAPI::Version()), QLatin1String(kLanguage));
}

Result<QString> LicenceOcr::recognise(const QString &path) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return makeError(
            ErrorCode::FileType,
            LicenceOcrTr::tr("The licence image cannot be read: %1").arg(reader.errorString()));
    // Grayscale is enough for printed licences; the watermark's pale red fades into the
    // background. Very large scans are brought to a size Tesseract reads quickly.
    if (image.width() > 2400) image = image.scaledToWidth(2400, Qt::SmoothTransformation);
    image = image.convertToFormat(QImage::Format_Grayscale8);

    tesseract::TessBaseAPI *api = engine();
    if (!api)
        return makeError(ErrorCode::Internal,
                         LicenceOcrTr::tr("Text recognition is not available: the Tesseract "
                                          "language data (%1) is not installed.")
                             .arg(QLatin1String(kLanguage)));
    api->SetImage(image.constBits(), image.width(), image.height(), 1, int(image.bytesPerLine()));
    api->SetSourceResolution(300);
    std::unique_ptr<char[]> text(api->GetUTF8Text());
    api->Clear();
    if (!text) return makeError(ErrorCode::Internal, LicenceOcrTr::tr("Text recognition failed."));
    return QString::fromUtf8(text.get());
}

}  // namespace dx
