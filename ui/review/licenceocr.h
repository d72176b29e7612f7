#pragma once

#include <QString>

#include "models/core/result.h"

namespace dx {

/// Tesseract (chi_sim) on the image of a business licence: its whole text, for
/// LicenceCheck::parse. Desktop only: dxserver never links it.
class LicenceOcr {
public:
    /// The text of the image file at `path`, read as a grayscale page; an error when the file
    /// is no image or the engine's language data is missing. Takes seconds: call it off the UI
    /// thread. Each calling thread keeps its own engine (Tesseract's are not shared).
    static Result<QString> recognise(const QString &path);
    /// Engine and language, e.g. "tesseract 5.3.0 chi_sim": part of a cached reading's key.
    static QString engineName();
};

}  // namespace dx
