#pragma once

// Runs the Catch session of a test executable. Catch::Session is declared only where Catch's
// implementation is compiled (catch_session.cpp), so the runners call it through here.
int runCatchSession(int argc, char **argv);
