#pragma once

// Runs the Catch session compiled in catch_session.cpp: Catch::Session is only declared where
// Catch's implementation is, which the runners (main_core.cpp, main_ui.cpp) do not include.
int runCatchSession(int argc, char **argv);
