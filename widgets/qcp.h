#pragma once

// The one way to include QCustomPlot: its header uses Qt's lowercase keywords and foreach,
// which QT_NO_KEYWORDS turns off project-wide (LibTorch uses `slots` as a name).
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
