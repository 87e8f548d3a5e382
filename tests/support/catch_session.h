#pragma once

// Runs the test cases linked into the executable with Catch's command line (catch_session.cpp).
int runCatchSession(int argc, char **argv);
