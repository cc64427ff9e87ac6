/* Forced into every C file of the Windows cross-build of llama.cpp (packaging/windows_build.py).
 * Debian 12's MinGW-w64 (version 10) headers declare ThreadPowerThrottling but not the
 * THREAD_POWER_THROTTLING_STATE structure that ggml-cpu.c fills in to keep Windows 11 from
 * parking its worker threads; these are the Windows SDK's definitions (processthreadsapi.h). */
#include <_mingw.h>
#if defined(__MINGW64_VERSION_MAJOR) && __MINGW64_VERSION_MAJOR < 11 && \
    !defined(THREAD_POWER_THROTTLING_CURRENT_VERSION)
#define THREAD_POWER_THROTTLING_CURRENT_VERSION 1
#define THREAD_POWER_THROTTLING_EXECUTION_SPEED 0x1
typedef struct _THREAD_POWER_THROTTLING_STATE {
    unsigned long Version;
    unsigned long ControlMask;
    unsigned long StateMask;
} THREAD_POWER_THROTTLING_STATE;
#endif
