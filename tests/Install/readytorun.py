#!/usr/bin/env python3
"""Says whether DLLs inside a .nupkg carry ReadyToRun code: the CLI header's ManagedNativeHeader points at a
READYTORUN_HEADER ('RTR'). Usage: readytorun.py PACKAGE PATH=yes|no ...  Exit 0 when every DLL is as expected."""
import struct
import sys
import zipfile


def is_ready_to_run(image: bytes) -> bool:
    pe = struct.unpack_from("<I", image, 0x3C)[0]
    if image[pe:pe + 4] != b"PE\0\0":
        raise ValueError("not a PE image")
    sections = struct.unpack_from("<H", image, pe + 6)[0]
    optional_size = struct.unpack_from("<H", image, pe + 20)[0]
    optional = pe + 24
    magic = struct.unpack_from("<H", image, optional)[0]
    directories = optional + (96 if magic == 0x10B else 112)
    cli_rva, _ = struct.unpack_from("<II", image, directories + 14 * 8)
    table = optional + optional_size

    def offset(rva: int) -> int:
        for i in range(sections):
            virtual_size, virtual_address, _, raw_pointer = struct.unpack_from("<IIII", image, table + i * 40 + 8)
            if virtual_address <= rva < virtual_address + max(virtual_size, 1):
                return rva - virtual_address + raw_pointer
        raise ValueError(f"RVA {rva:#x} is in no section")

    cli = offset(cli_rva)
    native_rva, native_size = struct.unpack_from("<II", image, cli + 64)  # ManagedNativeHeader
    return native_rva != 0 and native_size != 0 and struct.unpack_from("<I", image, offset(native_rva))[0] == 0x00525452


def main() -> int:
    failed = False
    with zipfile.ZipFile(sys.argv[1]) as package:
        for argument in sys.argv[2:]:
            path, expected = argument.rsplit("=", 1)
            actual = "yes" if is_ready_to_run(package.read(path)) else "no"
            print(f"{path}: ReadyToRun {actual}")
            failed |= actual != expected
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
