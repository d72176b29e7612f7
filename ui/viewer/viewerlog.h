#pragma once

#include <QLoggingCategory>

// The viewer's logging category, "dx.viewer".
Q_DECLARE_LOGGING_CATEGORY(lcViewer)
