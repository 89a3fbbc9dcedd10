#pragma once

// The course: the chapter's stages as lessons, in order. Each lesson is an example file
// (its design, its goals and its reveal steps) plus a short text in the program's own
// words: what the stage is, what to try, what to watch. The texts live here, marked for
// translation, so lupdate finds them; a later stage adds its lesson to kLessons.

#include "scenario/goal.h"

#include <QString>
#include <vector>

namespace scalelab {

struct Lesson {
    const char *id;    ///< stable key for the progress store, e.g. "stage-1"
    const char *file;  ///< the example file in the examples directory
    const char *title; ///< untranslated; use lessonText()
    const char *about;
    const char *tryThis;
    const char *watch;
};

/// The lessons in chapter order.
const std::vector<Lesson> &lessons();
/// A lesson's text, translated (context "scalelab::Lesson").
QString lessonText(const char *text);
/// The directory the example files are found in (source tree, then beside the program);
/// empty if none is found.
QString lessonsDirectory();
/// The full path of a lesson's file, or empty.
QString lessonPath(const Lesson &lesson);

/// A goal as the student reads it: the lesson's own sentence when it has one (translated
/// if the course ships a translation of it), else one made from its metric and bound.
QString goalTitle(const Goal &goal);
/// "p99 latency ≥ 1000 ms · 1300–1400 s": the measured condition, translated.
QString goalCondition(const Goal &goal);
/// A figure in the goal's unit: "412 ms", "99.2 %", "$1.63/h".
QString goalValue(const Goal &goal, double value);

} // namespace scalelab
