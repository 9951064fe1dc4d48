"""Download LanguageTool for local grammar checking, once, on request: streamed with
progress, cancellable at any moment, verified against the SHA-256 that
language-tool-python publishes for that version, and unpacked only when complete — a
cancelled or failed download leaves nothing behind.

Where it comes from and where it goes are language-tool-python's own choices (its
release URL, its cache folder, honouring LTP_PATH), so the checker finds it afterwards
exactly as if the library had downloaded it itself.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 1024 * 1024 * 1024  # LanguageTool is ~250 MB; refuse anything absurd
CHUNK = 256 * 1024


class DownloadCancelled(Exception):
    """The user cancelled; nothing was kept."""


class DownloadFailed(Exception):
    """The download could not be completed; the message says why, for people."""


@dataclass(frozen=True)
class Plan:
    version: str
    url: str
    sha256: str
    target: Path  # the folder LanguageTool-<version> is unpacked into


def plan() -> Plan:
    """What would be downloaded, from where, checked against what, unpacked where."""
    from language_tool_python import download_lt
    from language_tool_python.utils import get_language_tool_download_path

    version = download_lt.LTP_DOWNLOAD_VERSION
    url = os.environ.get("SECONDTHOUGHT_LT_DOWNLOAD_URL") or (
        download_lt.BASE_URL_RELEASE + download_lt.FILENAME_RELEASE.format(version=version))
    sha = os.environ.get("SECONDTHOUGHT_LT_DOWNLOAD_SHA256") or \
        download_lt.EXPECTED_DOWNLOAD_SHA256.get(version, "")
    return Plan(version, url, sha, Path(get_language_tool_download_path()))


def java_problem() -> str:
    """Why LanguageTool could not run here even once downloaded ("" when it could)."""
    if shutil.which("java") is None:
        return ("LanguageTool needs Java (version 17 or newer), which is not installed. "
                "Install it first (on Debian: apt install default-jre).")
    return ""


def download(target: Plan, progress: Callable[[int, int | None], None],
             cancel: threading.Event) -> Path:
    """Fetch, verify and unpack; returns the LanguageTool folder. Raises DownloadCancelled
    or DownloadFailed; never leaves a partial file or folder."""
    import requests

    if not target.sha256:
        raise DownloadFailed(f"There is no known checksum for LanguageTool {target.version}, "
                             "so a download could not be verified.")
    target.target.mkdir(parents=True, exist_ok=True)
    part = target.target / f".LanguageTool-{target.version}.zip.part"
    digest = hashlib.sha256()
    try:
        with requests.get(target.url, stream=True, timeout=(10, 60)) as response:
            if response.status_code != 200:
                raise DownloadFailed(f"The download server answered {response.status_code} "
                                     f"{response.reason} for {target.url}.")
            total = int(response.headers.get("Content-Length") or 0) or None
            if total is not None and total > MAX_BYTES:
                raise DownloadFailed(f"The file is {total:,} bytes, far larger than "
                                     "LanguageTool should be; not downloading it.")
            done = 0
            progress(0, total)
            with part.open("wb") as handle:
                for chunk in response.iter_content(CHUNK):
                    if cancel.is_set():
                        raise DownloadCancelled()
                    handle.write(chunk)
                    digest.update(chunk)
                    done += len(chunk)
                    if done > MAX_BYTES:
                        raise DownloadFailed("The download is larger than LanguageTool "
                                             "should be; stopped.")
                    progress(done, total)
        if digest.hexdigest() != target.sha256:
            raise DownloadFailed("The downloaded file is not the published LanguageTool "
                                 f"{target.version} (its checksum differs); it was deleted.")
        if cancel.is_set():
            raise DownloadCancelled()
        return _unpack(part, target)
    except requests.RequestException as exc:
        raise DownloadFailed(f"Could not download LanguageTool: {type(exc).__name__} "
                             f"({_reason(exc)}).") from None
    except OSError as exc:
        raise DownloadFailed(f"Could not write to {target.target}: {exc.strerror}.") from None
    finally:
        part.unlink(missing_ok=True)


def _unpack(archive: Path, target: Plan) -> Path:
    staging = target.target / f".unpacking-{target.version}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        with zipfile.ZipFile(archive) as zipped:
            root = staging.resolve()
            for name in zipped.namelist():  # no entry may land outside the folder
                if not (root / name).resolve().is_relative_to(root):
                    raise DownloadFailed("The archive tries to write outside its folder; "
                                         "refused.")
            zipped.extractall(staging)
        unpacked = [p for p in staging.iterdir() if p.is_dir()]
        if len(unpacked) != 1 or not any(unpacked[0].glob("languagetool*.jar")):
            raise DownloadFailed("The archive does not contain a LanguageTool installation.")
        final = target.target / unpacked[0].name
        shutil.rmtree(final, ignore_errors=True)
        unpacked[0].replace(final)
        return final
    except zipfile.BadZipFile:
        raise DownloadFailed("The downloaded file is not a valid zip archive.") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _reason(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) < 160 else text[:157] + "…"
