"""``main.py packs``: the installed model packs, without the window.

``list`` shows what is installed in ``<data folder>/packs`` (``--json`` for scripts, with a
downloaded pack's repository, commit and file hashes), ``install`` copies a pack folder in
(every file's size and SHA-256 checked against its manifest before the pack is moved into
place) or downloads a catalogue entry or a ready-made pack repository (core.packs.download, as
the window does), ``remove`` deletes an installed pack and ``verify`` re-checks one completely
(and shows where a downloaded pack came from). The work is core's (``core.packs.install``), the same
the packs dialog runs; progress goes to stderr, results to stdout.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path

from skingpt_desktop.core.bounded_input import short_path
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.packs.catalogue import CatalogueEntry, load_catalogue
from skingpt_desktop.core.packs.download import download_pack
from skingpt_desktop.core.packs.install import (
    InstallProgress,
    import_pack,
    installed_folder,
    list_installed,
    remove_installed,
    verify_installed,
)
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.packs.pack_folders import packs_dir
from skingpt_desktop.core.storage.paths import data_dir
from skingpt_desktop.core.texts import format_bytes


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``packs`` subcommand and its actions."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", dest="packs_data_dir", default=argparse.SUPPRESS,
                        metavar="DIR", help="data folder whose packs/ holds the installed packs "
                        "(default: $SKINGPT_DATA_DIR or the platform's user data folder)")
    parser = subparsers.add_parser(
        "packs", parents=[common], help="installed model packs (list, install, remove, verify)",
        description="The model packs installed in the data folder, as the app's Model packs "
        "dialog manages them. A pack is installed only after every file matched its manifest.")
    actions = parser.add_subparsers(dest="packs_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", parents=[common], help="list the installed packs")
    listing.add_argument("--json", action="store_true", help="print a JSON list instead")
    listing.set_defaults(func=cmd_list)

    install = actions.add_parser("install", parents=[common],
                                 help="install a pack folder, or download a catalogue entry "
                                 "or a pack repository")
    source = install.add_mutually_exclusive_group(required=True)
    source.add_argument("folder", nargs="?", metavar="FOLDER",
                        help="a model pack folder (with manifest.json), e.g. on a USB drive")
    source.add_argument("--catalogue", metavar="ID",
                        help="download this entry of the model catalogue (network)")
    source.add_argument("--repo", metavar="OWNER/NAME",
                        help="download the ready-made pack of this Hugging Face repository "
                        "(network; resumes an interrupted download)")
    install.add_argument("--revision", default="main", metavar="REV",
                         help="the repository's branch, tag or commit for --repo (default main)")
    install.add_argument("--accept-license", action="store_true",
                         help="accept the entry's model license, for entries that require it")
    install.set_defaults(func=cmd_install)

    remove = actions.add_parser("remove", parents=[common], help="delete an installed pack")
    remove.add_argument("name", metavar="NAME", help="the installed pack's name")
    remove.set_defaults(func=cmd_remove)

    verify = actions.add_parser("verify", parents=[common],
                                help="check an installed pack completely (every file's SHA-256)")
    verify.add_argument("name", metavar="NAME", help="the installed pack's name")
    verify.set_defaults(func=cmd_verify)


def _packs_folder(args: argparse.Namespace) -> Path:
    return packs_dir(data_dir(getattr(args, "packs_data_dir", None)))


def pack_summary(pack: ModelPack) -> dict[str, object]:
    """What ``list --json`` says about one installed pack."""
    manifest = pack.manifest
    download = dataclasses.asdict(manifest.download) if manifest.download else None
    return {"name": pack.root.name, "display_name": manifest.display_name,
            "architecture": manifest.architecture, "quantization": manifest.quantization,
            "size_bytes": sum(f.size for f in manifest.files), "ram_bytes": manifest.ram_bytes,
            "license": pack.card.license, "path": str(pack.root), "download": download}


def cmd_list(args: argparse.Namespace) -> int:
    """Print the installed packs: name, display name, size."""
    packs = list_installed(_packs_folder(args))
    if args.json:
        print(json.dumps([pack_summary(pack) for pack in packs], indent=2))
        return 0
    if not packs:
        print(f"No model pack is installed in {_packs_folder(args)}.")
        return 0
    for pack in packs:
        size = format_bytes(sum(f.size for f in pack.manifest.files))
        print(f"{pack.root.name}  {pack.manifest.display_name}  ({size})")
    return 0


class _ProgressLines:
    """One stderr line per stage and file, and per tenth of the work within it."""

    def __init__(self) -> None:
        self.last: tuple[str, str, int] | None = None

    def __call__(self, progress: InstallProgress) -> None:
        step = (progress.stage, progress.file, int(progress.fraction * 10))
        if step == self.last:
            return
        self.last = step
        print(f"{progress.stage} {progress.file}: {progress.fraction:.0%} of "
              f"{format_bytes(progress.total)}", file=sys.stderr)


def cmd_install(args: argparse.Namespace) -> int:
    """Install from a folder or the catalogue; prints the installed pack's name and folder."""
    folder = _packs_folder(args)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or "not a valid path"
        raise SkinGPTError(f"cannot create the packs folder {short_path(folder)}: {reason}") \
            from None
    if args.catalogue:
        installed = _install_from_catalogue(_catalogue_entry(args.catalogue), folder,
                                            args.accept_license)
    elif args.repo:
        installed = download_pack(args.repo, folder, revision=args.revision,
                                  progress=_ProgressLines())
    else:
        source = Path(args.folder).expanduser()
        if not os.path.isdir(source):  # os.path: False, not an error, for an unusable path
            raise SkinGPTError(f"{short_path(source)}: not a folder; give a model pack's folder")
        installed = import_pack(source, folder, progress=_ProgressLines())
    print(f"installed {installed.name} in {installed}")
    return 0


def _catalogue_entry(entry_id: str) -> CatalogueEntry:
    entries = load_catalogue()
    for entry in entries:
        if entry.id == entry_id:
            return entry
    raise SkinGPTError(f"the catalogue has no entry {entry_id!r}; its entries: "
                       f"{', '.join(e.id for e in entries)}")


def _install_from_catalogue(entry: CatalogueEntry, folder: Path, accepted: bool) -> Path:
    """Download and wrap ``entry`` (the converters do it: loaded only for this)."""
    if not entry.downloadable:
        raise SkinGPTError(f"{entry.id} cannot be downloaded ready-made; docs/conversion.md "
                           "tells how to build it")
    if entry.license_acceptance_required and not accepted:
        raise SkinGPTError(f"{entry.id}: its license must be accepted before download: "
                           f"{entry.license.rstrip('.')}. Read it, then add --accept-license")
    if (folder / entry.id).exists():
        raise SkinGPTError(f"a pack named {entry.id!r} is already installed; remove it first "
                           "to install it again")
    from converters.mtmd_pack import install_entry
    from converters.progress import Reporter

    return install_entry(entry, folder, Reporter(), lambda plan: Reporter())


def cmd_remove(args: argparse.Namespace) -> int:
    """Delete an installed pack's folder."""
    folder = _packs_folder(args)
    root = installed_folder(args.name, folder)
    remove_installed(root, folder)
    print(f"removed {args.name}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Open an installed pack checking everything; a problem is the error line (exit 2)."""
    pack = verify_installed(args.name, _packs_folder(args))
    files = pack.manifest.files
    print(f"{args.name}: {len(files)} files, {format_bytes(sum(f.size for f in files))}, "
          "every size and SHA-256 matches the manifest")
    if pack.manifest.download is not None:
        record = pack.manifest.download
        print(f"downloaded from {record.repo} at revision {record.revision}")
        for item in record.files:
            print(f"  {item.name}  sha256 {item.sha256}")
    return 0
