"""Which system libraries a frozen bundle needs, as Debian packages.

Every ELF file in the bundle is asked for its NEEDED libraries (readelf); those the bundle
does not carry itself must come from the system, and `dpkg -S` names the package that
ships each one here. The newest GLIBC_x.y symbol version any file asks for becomes the
lower bound of libc6. A library that is neither in the bundle nor on this machine is
reported: the bundle filter dropped something that is needed, or a Qt plugin needs a
library this machine lacks.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
_GLIBC = re.compile(r"Name: GLIBC_(\d+)\.(\d+)(?:\.(\d+))?\b")


@dataclass
class SystemNeeds:
    packages: set[str] = field(default_factory=set)
    glibc: tuple[int, ...] = (2, 17)
    missing: dict[str, list[str]] = field(default_factory=dict)  # library -> who needs it


def is_elf(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def _run(cmd: list[str]) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout


def _system_libraries() -> dict[str, str]:
    """soname -> path of the 64-bit library the dynamic loader would pick here."""
    found: dict[str, str] = {}
    for line in _run(["/sbin/ldconfig", "-p"]).splitlines():
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if match and "x86-64" in match.group(2):
            found.setdefault(match.group(1), match.group(3))
    return found


def _owning_packages(paths: list[str]) -> dict[str, str]:
    """path -> Debian package, for the paths dpkg knows (merged-/usr aware)."""
    if not paths:
        return {}
    candidates: dict[str, str] = {}
    for path in paths:
        real = str(Path(path).resolve())
        for variant in {path, real, re.sub(r"^/usr/lib/", "/lib/", real),
                        re.sub(r"^/lib/", "/usr/lib/", real)}:
            candidates[variant] = path
    owners: dict[str, str] = {}
    out = _run(["dpkg-query", "-S", *sorted(candidates)])
    for line in out.splitlines():
        package, _, owned = line.partition(": ")
        if owned in candidates and "," not in package:
            owners.setdefault(candidates[owned], package.split(":")[0])
    return owners


def _dynamic_sections(files: list[Path]) -> dict[Path, str]:
    """`readelf -dVW` of many files in few processes (one per file took minutes on the big
    Qt and ICU libraries with objdump); each file's part starts with a `File: ` line."""
    found: dict[Path, str] = {}
    for start in range(0, len(files), 200):
        chunk = files[start:start + 200]
        out = _run(["readelf", "-dVW", *map(str, chunk)])
        if len(chunk) == 1:
            found[chunk[0]] = out
            continue
        for part in re.split(r"^File: ", out, flags=re.MULTILINE)[1:]:
            name, _, body = part.partition("\n")
            found[Path(name.strip())] = body
    return found


def scan(bundle: Path) -> SystemNeeds:
    files = [p for p in bundle.rglob("*") if is_elf(p)]
    bundled = {p.name for p in bundle.rglob("*")}
    needs = SystemNeeds()
    wanted: dict[str, list[str]] = {}
    for path, section in _dynamic_sections(files).items():
        for soname in _NEEDED.findall(section):
            if soname not in bundled:
                wanted.setdefault(soname, []).append(str(path.relative_to(bundle)))
        for match in _GLIBC.finditer(section):
            version = tuple(int(g) for g in match.groups() if g is not None)
            needs.glibc = max(needs.glibc, version)
    system = _system_libraries()
    located = {soname: system[soname] for soname in wanted if soname in system}
    owners = _owning_packages(sorted(set(located.values())))
    for soname, users in sorted(wanted.items()):
        package = owners.get(located.get(soname, ""))
        if package:
            needs.packages.add(package)
        else:
            needs.missing[soname] = users
    return needs


def foreign_run_paths(bundle: Path) -> list[Path]:
    """Files whose RPATH/RUNPATH points outside the bundle (the build machine's Python
    prefix): harmless on another machine, but a search path nobody should inherit."""
    found = []
    for path, section in _dynamic_sections([p for p in bundle.rglob("*") if is_elf(p)]).items():
        for match in re.finditer(r"\((?:RPATH|RUNPATH)\)\s+Library (?:rpath|runpath): "
                                 r"\[([^\]]*)\]", section):
            if any(not entry.startswith("$ORIGIN") for entry in match.group(1).split(":")):
                found.append(path)
    return found


def depends(bundle: Path, required: list[str]) -> tuple[str, SystemNeeds]:
    """The Depends: field: the packages the app's deps script installs for running it,
    plus whatever the bundle's libraries need, libc6 with its lower bound."""
    needs = scan(bundle)
    glibc = ".".join(map(str, needs.glibc))
    names = sorted((set(required) | needs.packages) - {"libc6"})
    return ", ".join([f"libc6 (>= {glibc})", *names]), needs
