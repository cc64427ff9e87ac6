/* bcryptprimitives.dll for Wine 8 only: never shipped, only put into the Wine prefixes that the
 * Windows build and its smoke test use (packaging/windows_build.py).
 *
 * Rust programs since Rust 1.78 draw random bytes with bcryptprimitives.dll's ProcessPrng, which
 * every supported Windows (10 and 11) has and Wine 8 lacks entirely, so cryptography's _rust.pyd
 * fails to load under Wine with "DLL load failed: Module not found". This stands in for the
 * system DLL with the documented equivalent, BCryptGenRandom with the system-preferred RNG. */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG) length;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
