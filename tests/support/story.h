#pragma once
// Some tests tell one story in order, one step per test function, each step building on the
// ones before (an application withdrawn, resubmitted, rejected, approved; a listing through its
// three reviews). So that any one function can still run alone (`./test_x stepName`), a step
// starts with
//     if (!m_story.before(__func__)) return;
// which first runs, once per process, the earlier steps that this process has not run yet.
// A test outside the story that needs part of it starts with `m_story.through("step")`.
// Run in order, neither does anything. A step runs at most once, even when it fails.

#include <QByteArray>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QTest>

#include <algorithm>

namespace dx::test {

class Story {
public:
    /// `steps`: the names of `test`'s slots that make the story, in order. None is data-driven.
    Story(QObject *test, QList<QByteArray> steps) : m_test(test), m_steps(std::move(steps)) {}

    /// At the start of a step: runs the steps before it not run yet; false when the test has
    /// failed.
    bool before(const char *step) {
        const qsizetype at = indexOf(step);
        runUntil(at, step);
        m_done = std::max(m_done, at + 1);
        return !QTest::currentTestFailed();
    }

    /// For a test outside the story that needs it told up to `step`: runs the steps up to and
    /// including `step` not run yet; false when the test has failed.
    bool through(const char *step) {
        runUntil(indexOf(step) + 1, QTest::currentTestFunction());
        return !QTest::currentTestFailed();
    }

private:
    qsizetype indexOf(const char *step) const {
        const qsizetype at = m_steps.indexOf(QByteArray(step));
        if (at < 0) qFatal("%s is not a step of the story", step);
        return at;
    }
    void runUntil(qsizetype end, const char *who) {
        while (m_done < end && !QTest::currentTestFailed()) {
            const QByteArray &earlier = m_steps.at(m_done++);
            qInfo("%s builds on %s: running it first", who, earlier.constData());
            if (!QMetaObject::invokeMethod(m_test, earlier.constData(), Qt::DirectConnection))
                qFatal("no slot %s", earlier.constData());
        }
    }

    QObject *m_test;
    QList<QByteArray> m_steps;
    qsizetype m_done = 0;  ///< the steps before this index ran (or were run as a setup)
};

}  // namespace dx::test
