#pragma once

namespace amtsdesk::ui {

// Makes the embedded SVG icon theme the one QIcon::fromTheme() uses, with the system theme
// as fallback for names it lacks.
void installIconTheme();

} // namespace amtsdesk::ui
