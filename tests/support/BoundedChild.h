#pragma once

#include <QtGlobal>

#include <functional>

namespace dc::test {

/// Runs @p body in a child process whose address space may grow by at most @p extraBytes beyond
/// the test's, and which is killed after @p timeoutMs: true when @p body returned 0 there. A
/// reader that keeps what it reads dies of bad_alloc in the child instead of swapping the machine;
/// the child reports through a file, as it shares nothing else with the test.
bool runInBoundedChild(qint64 extraBytes, int timeoutMs, const std::function<int()> &body);

} // namespace dc::test
