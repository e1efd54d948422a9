"""The diffusers shot generator really runs a pipeline: a tiny randomly initialised DDPM (UNet2DModel +
DDPMScheduler) built here and saved to a folder, loaded from that folder like a user's model (nothing is
downloaded), continues a shot from its first frame. Skipped without the ``shots`` extra."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("diffusers") is None or importlib.util.find_spec("torch") is None,
    reason="the 'shots' extra (diffusers, torch) is not installed: pip install 'autark-studio[shots]'")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import torch
    from diffusers import DDPMPipeline, DDPMScheduler, UNet2DModel

    torch.manual_seed(0)
    unet = UNet2DModel(sample_size=32, in_channels=3, out_channels=3, layers_per_block=1,
                       block_out_channels=(8, 16), norm_num_groups=4,
                       down_block_types=("DownBlock2D", "DownBlock2D"), up_block_types=("UpBlock2D", "UpBlock2D"))
    folder = tmp_path_factory.mktemp("tiny-ddpm")
    DDPMPipeline(unet=unet, scheduler=DDPMScheduler(num_train_timesteps=100)).save_pretrained(folder)
    return folder


def _first_frame() -> np.ndarray:
    """A left-to-right ramp with a bright square: structure the shot must keep."""
    frame = np.zeros((36, 64, 3), dtype=np.uint8)
    frame[..., 0] = np.linspace(0, 255, 64, dtype=np.uint8)[None, :]
    frame[10:26, 20:36] = 240
    return frame


def test_a_tiny_pipeline_continues_the_shot_from_its_first_frame(tiny_model: Path) -> None:
    from autark.plugins.kinds import ShotRequest, check_result
    from autark.plugins.shots_diffusers import DiffusersShots

    generator = DiffusersShots(model=str(tiny_model), steps=10, strength=0.3)
    first = _first_frame()
    request = ShotRequest("a knight walks to the castle", first, n_frames=4, seed=7)
    frames = check_result("shots", request, generator.generate(request)).frames
    assert frames.shape == (4, 36, 64, 3) and frames.dtype == np.uint8
    assert np.array_equal(frames[0], first)
    for previous, frame in zip(frames[:-1], frames[1:], strict=True):
        assert np.abs(frame.astype(int) - previous.astype(int)).mean() > 1.0  # the pipeline changed it
    # re-noised to 30% only: the second frame still follows the first's layout (ramp and square)
    corr = np.corrcoef(frames[0].astype(float).ravel(), frames[1].astype(float).ravel())[0, 1]
    assert corr > 0.3, corr
    again = generator.generate(request).frames
    assert np.array_equal(again, frames)  # seeded
    other = generator.generate(ShotRequest(request.description, first, 4, seed=8)).frames
    assert not np.array_equal(other[1], frames[1])


@pytest.mark.slow  # a worker process importing torch and diffusers: ~7 s
def test_the_plugin_loads_the_users_model_folder_in_its_own_process(tiny_model: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from autark.config import Settings
    from autark.plugins.isolation import shutdown
    from autark.plugins.kinds import ShotRequest
    from autark.plugins.run import call

    shutdown()  # a worker reads the model folder when it starts
    monkeypatch.setenv("AUTARK_SHOTS_MODEL", str(tiny_model))
    outcome = call("shots", ShotRequest("a dragon lands", _first_frame(), 2, seed=1), settings=Settings(),
                   prefer="diffusers", report=pytest.fail)
    assert outcome.plugin == "diffusers" and outcome.value.frames.shape == (2, 36, 64, 3)


def test_without_a_model_the_failure_says_what_to_set(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import dataclasses

    from autark.config import Settings
    from autark.plugins.isolation import PluginFailure
    from autark.plugins.kinds import ShotRequest
    from autark.plugins.run import run_plugin
    from autark.plugins.shots_diffusers import DIFFUSERS_PLUGIN

    monkeypatch.setenv("AUTARK_SHOTS_MODEL", str(tmp_path / "nowhere"))
    here = dataclasses.replace(DIFFUSERS_PLUGIN, name="diffusers-here", builtin=False, isolated=False)
    with pytest.raises(PluginFailure, match="shot model folder .*nowhere does not exist.*AUTARK_SHOTS_MODEL"):
        run_plugin(here, ShotRequest("a dragon lands", _first_frame(), 2), Settings())


@pytest.mark.gpu
def test_a_real_model_on_the_gpu() -> None:
    """With AUTARK_SHOTS_MODEL naming an image-to-image pipeline (e.g. a Stable Diffusion snapshot) on a machine
    with CUDA: frames of the first frame's size that keep its layout."""
    import torch

    from autark.plugins.kinds import ShotRequest
    from autark.plugins.shots_diffusers import DiffusersShots

    if not torch.cuda.is_available() or not os.environ.get("AUTARK_SHOTS_MODEL"):
        pytest.skip("needs CUDA and AUTARK_SHOTS_MODEL (a local diffusers pipeline folder)")
    first = np.kron(_first_frame(), np.ones((8, 8, 1), dtype=np.uint8))  # 288x512
    frames = DiffusersShots(steps=20, strength=0.35).generate(ShotRequest("a red square on a ramp", first, 3)).frames
    assert frames.shape == (3, *first.shape)
    assert np.corrcoef(first.astype(float).ravel(), frames[1].astype(float).ravel())[0, 1] > 0.3
