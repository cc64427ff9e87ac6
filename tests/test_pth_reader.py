"""The torch-free .pth reader: exact values for every storage type, lazy reads, and refusal of
anything a weights file has no business doing (calling code, lying about sizes, truncation)."""

from __future__ import annotations

import os
import pickle
import zipfile
from collections import OrderedDict
from pathlib import Path

import numpy as np
import pytest

from converters.pth_reader import PthTensors, TorchCheckpoint, state_dict
from skingpt_desktop.core.errors import ConversionError
from tests.checkpoint_tools import Tensor, pickle_tree, save_pth, write_zip

FIXTURES = Path(__file__).parent / "fixtures" / "checkpoints"


def test_every_dtype_and_view_matches_torch() -> None:
    """dtypes.pth was written by torch.save; dtypes.npz holds what torch had in memory."""
    expected = np.load(FIXTURES / "dtypes.npz")
    with PthTensors(FIXTURES / "dtypes.pth") as tensors:
        assert sorted(tensors.keys()) == sorted(expected.files)
        for name in expected.files:
            array = tensors.read(name)
            assert array.shape == expected[name].shape, name
            assert array.dtype == expected[name].dtype, name
            np.testing.assert_array_equal(array, expected[name], err_msg=name)
            assert array.flags.c_contiguous


def test_tensors_are_read_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[int] = []
    original = TorchCheckpoint.read_elements

    def counting(self: TorchCheckpoint, storage, offset: int, count: int) -> np.ndarray:
        reads.append(count)
        return original(self, storage, offset, count)

    monkeypatch.setattr(TorchCheckpoint, "read_elements", counting)
    with PthTensors(FIXTURES / "lavis" / "eva_vit_g.pth") as tensors:
        assert len(tensors.keys()) > 20
        assert tensors.shape("pos_embed") == (1, 257, 32)
        assert reads == []  # opening and asking for shapes read no tensor data
        tensors.read("cls_token")
        assert reads == [32]


def test_real_checkpoint_with_optimizer_and_config_entries() -> None:
    with TorchCheckpoint(FIXTURES / "skingpt4" / "skingpt4_tiny.pth") as ckpt:
        assert ckpt.root["epoch"] == 4
        assert ckpt.root["optimizer"]["param_groups"][0]["betas"] == (0.9, 0.999)
        tensors = state_dict(ckpt)
        assert set(tensors) == {"llama_proj.weight", "llama_proj.bias"}
        assert tensors["llama_proj.weight"].shape == (64, 32)


def test_checkpoint_written_by_test_tools_round_trips(tmp_path: Path) -> None:
    base = np.arange(24, dtype=np.float32)
    tree = {"model": OrderedDict([
        ("plain", np.arange(6, dtype=np.float16).reshape(2, 3)),
        ("view", Tensor(base, offset=4, shape=(3, 4), stride=(1, 3))),  # transposed, offset
        ("ids", np.arange(5, dtype=np.int64)),
    ])}
    with PthTensors(save_pth(tmp_path / "x.pth", tree)) as tensors:
        np.testing.assert_array_equal(tensors.read("plain"), tree["model"]["plain"])
        np.testing.assert_array_equal(tensors.read("view"),
                                      np.lib.stride_tricks.as_strided(base[4:], (3, 4), (4, 12)))
        np.testing.assert_array_equal(tensors.read("ids"), np.arange(5))


# --- hostile checkpoints: each payload would create a file if anything ran --------------------

def _payloads(marker: Path) -> dict[str, bytes]:
    command = f"touch {marker}"
    code = f"open({str(marker)!r}, 'w').close()"

    class ExecPayload:
        def __reduce__(self):
            return (exec, (code,))

    class EvalPayload:
        def __reduce__(self):
            return (eval, (code,))

    return {
        "os.system": f"cos\nsystem\n(S'{command}'\ntR.".encode(),
        "posix.system": f"cposix\nsystem\n(S'{command}'\ntR.".encode(),
        "subprocess.call": f"csubprocess\ncall\n((S'touch'\nS'{marker}'\nltR.".encode(),
        "builtins.exec": pickle.dumps(ExecPayload(), protocol=4),  # STACK_GLOBAL form
        "__builtin__.eval": pickle.dumps(EvalPayload(), protocol=2),  # Python 2 name
        "os.system (INST)": f"(S'{command}'\nios\nsystem\n.".encode(),
    }


@pytest.mark.parametrize("name", ["os.system", "posix.system", "subprocess.call", "builtins.exec",
                                  "__builtin__.eval", "os.system (INST)"])
def test_code_in_the_pickle_is_refused_and_never_runs(tmp_path: Path, name: str) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "evil.pth"
    write_zip(path, _payloads(marker)[name], {})
    with pytest.raises(ConversionError) as err:
        TorchCheckpoint(path)
    global_name = name.split(" ")[0]
    assert f"'{global_name}'" in str(err.value)
    assert "refusing" in str(err.value)
    assert not marker.exists()


class _System:
    """Pickles as a call of os.system (``posix.system`` on Linux)."""

    def __init__(self, command: str) -> None:
        self.command = command

    def __reduce__(self):
        return (os.system, (self.command,))


def test_payload_hidden_after_valid_tensors_is_refused(tmp_path: Path) -> None:
    """A state dict that starts like a real one and calls os.system halfway through."""
    marker = tmp_path / "pwned"
    tree = {"model": OrderedDict([("w", np.ones(4, np.float32)),
                                  ("x", _System(f"touch {marker}")),
                                  ("y", np.ones(4, np.float32))])}
    with pytest.raises(ConversionError, match=f"'{os.system.__module__}.system'"):
        TorchCheckpoint(save_pth(tmp_path / "evil.pth", tree))
    assert not marker.exists()


def test_unlisted_torch_function_is_refused(tmp_path: Path) -> None:
    payload = b"ctorch.serialization\nload\n(S'x'\ntR."
    write_zip(tmp_path / "x.pth", payload, {})
    with pytest.raises(ConversionError, match="torch.serialization.load"):
        TorchCheckpoint(tmp_path / "x.pth")


# --- damaged checkpoints ---------------------------------------------------------------------

@pytest.mark.parametrize("keep", [0.3, 0.6, 0.95])
def test_truncated_checkpoint(tmp_path: Path, keep: float) -> None:
    data = (FIXTURES / "lavis" / "eva_vit_g.pth").read_bytes()
    path = tmp_path / "cut.pth"
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(ConversionError, match="truncated|damaged"):
        PthTensors(path)


def test_storage_smaller_than_claimed(tmp_path: Path) -> None:
    tree = {"w": Tensor(np.ones(8, np.float32), 0, (8,), (1,), numel_claim=1000)}
    pkl, storages = pickle_tree(tree)
    write_zip(tmp_path / "x.pth", pkl, {k: v.tobytes() for k, v in storages.items()})
    with pytest.raises(ConversionError, match="holds 32 bytes but 4000 are needed"):
        TorchCheckpoint(tmp_path / "x.pth")


@pytest.mark.parametrize("offset, shape, stride", [(6, (4,), (1,)), (0, (3, 4), (4, 1)),
                                                    (0, (2, 2), (9, 1))])
def test_view_past_the_storage(tmp_path: Path, offset: int, shape: tuple, stride: tuple) -> None:
    tree = {"w": Tensor(np.ones(8, np.float32), offset, shape, stride)}
    with pytest.raises(ConversionError, match="reads past the end|more elements than storage"):
        TorchCheckpoint(save_pth(tmp_path / "x.pth", tree))


def test_expanded_view_larger_than_its_storage(tmp_path: Path) -> None:
    """A zero-stride view would make one stored value into a huge array when read."""
    tree = {"w": Tensor(np.ones(8, np.float32), 0, (1 << 20, 1 << 20), (0, 0))}
    with pytest.raises(ConversionError, match="more elements than storage"):
        TorchCheckpoint(save_pth(tmp_path / "x.pth", tree))


def test_missing_storage_member(tmp_path: Path) -> None:
    pkl, _ = pickle_tree({"w": np.ones(4, np.float32)})
    write_zip(tmp_path / "x.pth", pkl, {})
    with pytest.raises(ConversionError, match="storage '0' is missing"):
        TorchCheckpoint(tmp_path / "x.pth")


def test_compressed_storage_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConversionError, match="compressed"):
        TorchCheckpoint(save_pth(tmp_path / "x.pth", {"w": np.ones(64, np.float32)}, compress=True))


def test_not_a_checkpoint_and_legacy_format(tmp_path: Path) -> None:
    (tmp_path / "text.pth").write_text("hello")
    with pytest.raises(ConversionError, match="not a PyTorch checkpoint"):
        TorchCheckpoint(tmp_path / "text.pth")
    (tmp_path / "legacy.pth").write_bytes(pickle.dumps(0x1950A86A20F9469CFC6C, protocol=2))
    with pytest.raises(ConversionError, match="legacy"):
        TorchCheckpoint(tmp_path / "legacy.pth")
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as archive:
        archive.writestr("readme.txt", "no pickle here")
    with pytest.raises(ConversionError, match="no single data.pkl"):
        TorchCheckpoint(tmp_path / "other.zip")


def test_tensor_state_cannot_be_rewritten(tmp_path: Path) -> None:
    """A BUILD opcode on a tensor could point it at other bytes: it is refused."""
    tree = {"w": Tensor(np.ones(4, np.float32), 0, (4,), (1,), build_state={"offset": 2})}
    with pytest.raises(ConversionError, match="modify a tensor"):
        TorchCheckpoint(save_pth(tmp_path / "x.pth", tree))


def test_reading_after_close_fails_cleanly() -> None:
    tensors = PthTensors(FIXTURES / "skingpt4" / "skingpt4_tiny.pth")
    tensors.close()
    with pytest.raises(ConversionError, match="closed"):
        tensors.read("llama_proj.bias")
