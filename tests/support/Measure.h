#pragma once

#include <QStringList>
#include <QTextStream>

namespace dc::test {

// What the benchmarks (tests/bench) print their measures with.

/// Standard output, for the "name value" lines of a benchmark.
QTextStream &benchOut();

/// The largest resident memory of this process so far, in MB.
double peakMegabytes();

/// Runs this benchmark's own binary again with @p arguments (one step measured in a fresh
/// process, its memory its own) and returns what it printed; its stderr passes through.
QString runStep(const QStringList &arguments);

} // namespace dc::test
