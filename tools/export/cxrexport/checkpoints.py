"""Reading the user's checkpoints and loading them into the modules defined here, with errors
that name the file and the parameters that do not fit."""

import os

import torch

from .errors import ExportError


def load_file(path):
    """torch.load on the CPU; a checkpoint that pickled objects of a package that is not
    installed (omegaconf, for instance) is reported with that package's name."""
    if not os.path.isfile(path):
        raise ExportError(f"{path}: no such file")
    try:
        return torch.load(path, map_location="cpu")
    except ModuleNotFoundError as error:
        raise ExportError(f"{path}: the checkpoint was saved with objects of the Python package "
                          f"'{error.name}', which is not installed (pip install {error.name})") from None
    except Exception as error:  # a truncated or foreign file: say which
        raise ExportError(f"{path}: not a PyTorch checkpoint ({error})") from None


def state_dict_of(loaded, path):
    """The parameters in a loaded checkpoint: a state dict itself, or one under "model" or
    "state_dict"; the "module." prefix of data-parallel training is removed."""
    state = loaded
    for key in ("state_dict", "model"):
        if isinstance(state, dict) and key in state and isinstance(state[key], dict):
            state = state[key]
    if isinstance(state, torch.nn.Module):
        state = state.state_dict()
    if not isinstance(state, dict) or not all(torch.is_tensor(v) for v in state.values()):
        raise ExportError(f"{path}: no state dict of tensors in this checkpoint")
    return {(k[len("module."):] if k.startswith("module.") else k): v for k, v in state.items()}


def load_into(module, state, path, rename=lambda key: key, ignored=()):
    """Copies `state` (after `rename`) into `module` as float32. Parameters whose names start
    with one of `ignored` are skipped on purpose (heads the embedding does not use); any other
    missing, unexpected or misshapen parameter is an error naming it and the file."""
    own = module.state_dict()
    renamed = {}
    for key, value in state.items():
        if any(key.startswith(prefix) for prefix in ignored):
            continue
        renamed[rename(key)] = value
    unexpected = sorted(k for k in renamed if k not in own)
    missing = sorted(k for k in own if k not in renamed and not k.endswith("num_batches_tracked"))
    problems = []
    if missing:
        problems.append(f"{len(missing)} parameters missing, e.g. {', '.join(missing[:4])}")
    if unexpected:
        problems.append(f"{len(unexpected)} unexpected parameters, e.g. {', '.join(unexpected[:4])}")
    for key, value in renamed.items():
        if key in own and tuple(value.shape) != tuple(own[key].shape):
            problems.append(f"{key} has shape {tuple(value.shape)} where the architecture needs "
                            f"{tuple(own[key].shape)}")
            break
    if problems:
        raise ExportError(f"{path}: does not fit the architecture: " + "; ".join(problems))
    module.load_state_dict({k: v.float() if v.is_floating_point() else v for k, v in renamed.items()},
                           strict=False)
    return module.eval()


def find_in_folder(path, names, what):
    """`path` itself when it is a file, else the first of `names` inside the folder `path`."""
    if os.path.isfile(path):
        return path
    if os.path.isdir(path):
        for name in names:
            candidate = os.path.join(path, name)
            if os.path.isfile(candidate):
                return candidate
        raise ExportError(f"{path}: no {what} in this folder (looked for {', '.join(names)})")
    raise ExportError(f"{path}: no such file or folder")
