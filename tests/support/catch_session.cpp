// Catch's implementation, compiled once for every test executable: each runner (main_core.cpp,
// main_ui.cpp) only defines main(). Compiling Catch inside every runner cost half a minute each.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/catch_session.h"

int runCatchSession(int argc, char **argv)
{
    return Catch::Session().run(argc, argv);
}
