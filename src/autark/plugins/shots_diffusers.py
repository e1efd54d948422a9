"""A shot generator that runs a diffusers pipeline (optional extra ``shots``: diffusers and torch).

The pipeline is one the user already has on disk (``AUTARK_SHOTS_MODEL``: a folder written by a pipeline's
``save_pretrained``, or a downloaded model snapshot); it is loaded with ``local_files_only=True``, so nothing is
fetched. The shot continues from its rendered first frame, each frame re-noised from the one before and
denoised again (SDEdit), so the picture keeps its layout and evolves:

* an image-to-image pipeline (one whose ``__call__`` takes ``image=`` and ``strength=``, such as
  ``StableDiffusionImg2ImgPipeline``) is called with the shot's description as its prompt;
* an unconditional pipeline of a ``unet`` and a ``scheduler`` (``DDPMPipeline``, ``DDIMPipeline``) runs the
  same loop by hand (no prompt: it denoises toward what it was trained on).

Frame 0 is the first frame itself. On a GPU (``torch.cuda``) the pipeline runs in half precision there.
"""

from __future__ import annotations

import inspect
from typing import Any

import numpy as np

from autark.plugins.kinds import Permissions, Plugin, Resources, ShotRequest, ShotResult

__all__ = ["DIFFUSERS_PLUGIN", "DiffusersShots"]

DEFAULT_STEPS = 20
DEFAULT_STRENGTH = 0.3  # how much of each frame is re-imagined: enough to move, little enough to stay the shot


class DiffusersShots:
    """A shot generator over a diffusers pipeline: ``pipeline`` given, or loaded from ``model`` (a local
    folder; default: ``AUTARK_SHOTS_MODEL``)."""

    def __init__(self, pipeline: Any = None, *, model: str | None = None, steps: int = DEFAULT_STEPS,
                 strength: float = DEFAULT_STRENGTH) -> None:
        from autark.config import require

        self.torch = require("torch", "shots", feature="the diffusers shot generator")
        require("diffusers", "shots", feature="the diffusers shot generator")
        if not 0.0 < strength <= 1.0:
            from autark.errors import UserInputError

            raise UserInputError(f"strength must be above 0 and at most 1, got {strength}")
        self.steps, self.strength = int(steps), float(strength)
        self.device = "cuda" if self.torch.cuda.is_available() else "cpu"
        self.pipeline = pipeline if pipeline is not None else self._load(model)

    def _load(self, model: str | None) -> Any:
        from pathlib import Path

        from diffusers import DiffusionPipeline

        from autark.config import Settings
        from autark.errors import BackendError

        folder = Path(model) if model is not None else Settings.from_env().shots_model
        if folder is None:
            raise BackendError("the diffusers shot generator has no model",
                               hint="set AUTARK_SHOTS_MODEL to the folder of a diffusers pipeline you have")
        if not folder.is_dir():
            raise BackendError(f"the shot model folder {folder} does not exist",
                               hint="AUTARK_SHOTS_MODEL must name a local folder (nothing is downloaded)")
        from diffusers.utils import logging as diffusers_logging

        diffusers_logging.disable_progress_bar()  # the film's progress is autark's to show
        diffusers_logging.set_verbosity_error()
        try:
            pipeline = DiffusionPipeline.from_pretrained(str(folder), local_files_only=True)
        except (OSError, ValueError) as exc:
            raise BackendError(f"cannot load a diffusers pipeline from {folder}: {exc}") from None
        # half precision on a GPU (moved after loading: the dtype keyword's name changed between versions)
        pipeline.to(self.device, self.torch.float16) if self.device == "cuda" else pipeline.to(self.device)
        if hasattr(pipeline, "set_progress_bar_config"):
            pipeline.set_progress_bar_config(disable=True)
        return pipeline

    # -- the kind's one method ----------------------------------------------------------------------------
    def generate(self, request: ShotRequest) -> ShotResult:
        first = np.asarray(request.first_frame, dtype=np.uint8)
        frames = [first]
        previous = first
        for i in range(1, request.n_frames):
            generator = self.torch.Generator(device="cpu").manual_seed(int(request.seed) * 100003 + i)
            previous = self._next(previous, request.description, generator)
            frames.append(previous)
        return ShotResult(np.stack(frames[: request.n_frames]))

    def _next(self, frame: np.ndarray, description: str, generator: Any) -> np.ndarray:
        takes = inspect.signature(self.pipeline.__call__).parameters
        if "image" in takes and "strength" in takes:
            from PIL import Image

            out = self.pipeline(prompt=description, image=Image.fromarray(frame), strength=self.strength,
                                num_inference_steps=self.steps, generator=generator, output_type="np")
            image = np.asarray(out.images[0])
            return _to_frame(image, frame.shape[:2])
        if hasattr(self.pipeline, "unet") and hasattr(self.pipeline, "scheduler"):
            return self._sdedit(frame, generator)
        from autark.errors import BackendError

        raise BackendError(f"{type(self.pipeline).__name__} is neither image-to-image nor a unet with a scheduler")

    def _sdedit(self, frame: np.ndarray, generator: Any) -> np.ndarray:
        """Noise ``frame`` to ``strength`` of the schedule and denoise it with the pipeline's unet."""
        torch = self.torch
        unet, scheduler = self.pipeline.unet, self.pipeline.scheduler
        size = unet.config.sample_size
        size = (size, size) if isinstance(size, int) else tuple(size)
        x = torch.from_numpy(frame).permute(2, 0, 1)[None].float() / 127.5 - 1.0
        x = torch.nn.functional.interpolate(x, size=size, mode="bilinear", align_corners=False)
        x = x.to(self.device, unet.dtype)
        scheduler.set_timesteps(self.steps)
        start = max(1, min(self.steps, round(self.steps * self.strength)))
        timesteps = scheduler.timesteps[self.steps - start:]
        noise = torch.randn(x.shape, generator=generator, dtype=torch.float32).to(self.device, unet.dtype)
        x = scheduler.add_noise(x, noise, timesteps[:1])
        with torch.no_grad():
            for t in timesteps:
                eps = unet(x, t).sample
                x = scheduler.step(eps, t, x, generator=generator).prev_sample
        x = torch.nn.functional.interpolate(x.float().cpu(), size=frame.shape[:2], mode="bilinear",
                                            align_corners=False)
        image = ((x[0].permute(1, 2, 0).clamp(-1, 1) + 1.0) * 127.5).round().to(torch.uint8).numpy()
        return np.ascontiguousarray(image)


def _to_frame(image: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """A pipeline's float image (0..1) as a uint8 frame of ``size`` (height, width)."""
    from PIL import Image

    pixels = (np.clip(image, 0.0, 1.0) * 255).round().astype(np.uint8) if image.dtype.kind == "f" else image
    if pixels.shape[:2] != size:
        pixels = np.asarray(Image.fromarray(pixels).resize((size[1], size[0]), Image.Resampling.BILINEAR))
    return pixels[..., :3]


DIFFUSERS_PLUGIN = Plugin(
    "diffusers", "shots", DiffusersShots, "a diffusers pipeline from AUTARK_SHOTS_MODEL continues each shot",
    Permissions(gpu=True), Resources(memory_mb=4096, time_s=600.0), builtin=True, isolated=True)
