#pragma once

#include <QLoggingCategory>

// The viewer's logging category, "dx.viewer" (STYLE.md §7).
Q_DECLARE_LOGGING_CATEGORY(lcViewer)
