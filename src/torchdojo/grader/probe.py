"""Observation probes: run learner code on a job's cases and describe what happened as plain data.

This module runs inside the sandboxed child (on the learner's code) and in the trusted process (on the
reference solution), so both are observed the same way. It never judges: it records return values, raised
exceptions (traceback trimmed to the submission's own lines), printed output, in-place changes to inputs,
final module state and training events (forward passes and their mode, backward passes, optimizer steps,
zero_grad calls, loss values, loss graphs kept alive), and encodes them with ``wire``.
"""

from __future__ import annotations

import builtins
import io
import linecache
import sys
import time
import traceback
import weakref
from typing import Any

import torch

from torchdojo.grader import recipes, wire

FILENAME = "submission.py"
MAX_EVENTS = 5_000
MEMORY_MARKERS = ("can't allocate memory", "not enough memory", "DefaultCPUAllocator", "out of memory")


# ---------------------------------------------------------------------------------------------- stdout
class CappedText(io.TextIOBase):
    """A stdout replacement that keeps the first ``limit`` characters and counts the rest."""

    def __init__(self, limit: int):
        self.limit, self.parts, self.kept, self.total = limit, [], 0, 0

    def write(self, text: Any) -> int:
        text = str(text)
        self.total += len(text)
        room = self.limit - self.kept
        if room > 0:
            self.parts.append(text[:room])
            self.kept += min(room, len(text))
        return len(text)

    def getvalue(self) -> str:
        return "".join(self.parts)


# ------------------------------------------------------------------------------------------- arguments
def encode_argument(value: Any, blobs: list[bytes]) -> dict[str, Any]:
    """Trusted side: describe one case argument (plain value, tensor, Build or Ref, or lists, tuples and
    dicts of them) as plain data."""
    from torchdojo.grader.spec import Build, Ref

    if isinstance(value, Build):
        kwargs = {key: encode_argument(item, blobs) for key, item in value.kwargs.items()}
        return {"kind": "build", "recipe": value.recipe, "kwargs": kwargs}
    if isinstance(value, Ref):
        return {"kind": "ref", "name": value.name}
    if type(value) in (list, tuple):
        return {
            "kind": type(value).__name__,
            "items": [encode_argument(item, blobs) for item in value],
            "length": len(value),
        }
    if type(value) is dict:
        items = [[encode_argument(key, blobs), encode_argument(item, blobs)] for key, item in value.items()]
        return {"kind": "dict", "items": items, "length": len(value)}
    encoded = wire.encode_value(value, blobs)
    if encoded["kind"] == "tensor" and encoded["blob"] is not None:
        # All the child reads of an argument tensor (``materialize``): a shorter job parses faster.
        return {key: encoded[key] for key in ("kind", "dtype", "shape", "blob")}
    return encoded


def materialize(data: dict[str, Any], blobs: list, built: dict[str, Any]) -> Any:
    """Child side: turn an argument description back into a live object."""
    kind = data.get("kind")
    if kind == "build":
        kwargs = {key: materialize(item, blobs, built) for key, item in data["kwargs"].items()}
        return recipes.build(data["recipe"], kwargs)
    if kind == "ref":
        return built[data["name"]]
    if kind in ("list", "tuple"):
        items = [materialize(item, blobs, built) for item in data["items"]]
        return tuple(items) if kind == "tuple" else items
    if kind == "dict":
        return {
            materialize(key, blobs, built): materialize(item, blobs, built) for key, item in data["items"]
        }
    if kind == "tensor" and data.get("blob") is not None:  # the usual argument, without the TensorValue
        return wire.tensor_from(data, blobs)
    return _live(wire.decode_value(data, blobs))


def _live(value: Any) -> Any:
    if isinstance(value, wire.TensorValue):
        if value.tensor is None:  # no data crossed: a meta-device tensor (shape and dtype only)
            return torch.empty(value.shape, dtype=wire.DTYPES.get(value.dtype, torch.float32), device="meta")
        tensor = value.tensor  # freshly built from a private copy of the bytes: no need to clone again
        return tensor.numpy() if value.ndarray else tensor
    if isinstance(value, wire.SequenceValue):
        items = [_live(item) for item in value.items]
        return tuple(items) if value.kind == "tuple" else items
    if isinstance(value, wire.DictValue):
        return {_live(key): _live(item) for key, item in value.items}
    return value


# ------------------------------------------------------------------------------------------ exceptions
def describe_exception(error: BaseException) -> dict[str, Any]:
    """The exception's type, message and the frames that belong to the submission."""
    frames = [
        {"line": line, "function": frame.f_code.co_name, "code": _source_line(line)}
        for frame, line in traceback.walk_tb(error.__traceback__)
        if frame.f_code.co_filename == FILENAME
    ]
    if isinstance(error, SyntaxError) and error.filename == FILENAME:
        frames.append(
            {"line": error.lineno or 0, "function": "<module>", "code": (error.text or "").strip()[:200]}
        )
    message = wire._safe_repr(error) if not str_safe(error) else str(error)
    is_memory = isinstance(error, MemoryError) or any(marker in message for marker in MEMORY_MARKERS)
    return {
        "type": type(error).__name__,
        "message": message[: wire.MAX_TEXT],
        "frames": frames[-8:],
        "memory": is_memory,
        "not_implemented": isinstance(error, NotImplementedError),
    }


def _source_line(line: int | None) -> str:
    """The submission's own line (library frames are skipped without reading their files)."""
    return linecache.getline(FILENAME, line or 0).strip()[:200]


def str_safe(error: BaseException) -> bool:
    try:
        str(error)
        return True
    except BaseException:  # noqa: BLE001
        return False


# ------------------------------------------------------------------------------------------ recorder
class _Hook:
    """A hook that pickles as a no-op: a learner may torch.save() a whole model the grader is watching."""

    def __init__(self, function):
        self.function = function

    def __call__(self, *args: Any) -> Any:
        return self.function(*args)

    def __reduce__(self):
        return (_no_hook, ())


def _no_hook(*args: Any) -> None:
    return None


class Recorder:
    """Records training events on the models, losses and optimizers a case hands to learner code."""

    def __init__(self):
        self.events: list[dict[str, Any]] = []
        self.sentinels: list[weakref.ref] = []
        self.handles: list[Any] = []

    def add(self, event: dict[str, Any]) -> None:
        if len(self.events) < MAX_EVENTS:
            self.events.append(event)

    def watch(self, value: Any) -> None:
        if isinstance(value, torch.optim.Optimizer):
            self._watch_optimizer(value)
        elif isinstance(value, torch.nn.modules.loss._Loss):
            self.handles.append(value.register_forward_hook(_Hook(self._on_loss)))
        elif isinstance(value, torch.nn.Module):
            self._watch_model(value)

    def _watch_model(self, model: torch.nn.Module) -> None:
        def on_forward(module, args):
            self.add({"event": "forward", "training": module.training})

        self.handles.append(model.register_forward_pre_hook(_Hook(on_forward)))
        for parameter in model.parameters():
            if parameter.requires_grad:
                self.handles.append(parameter.register_hook(_Hook(self._hook_for(parameter))))

    def _hook_for(self, parameter: torch.Tensor):
        def on_gradient(gradient: torch.Tensor) -> None:
            last = self.events[-1] if self.events else {}
            if last.get("event") == "backward":
                if not last["accumulating"]:  # one nonzero .grad is enough to know
                    last["accumulating"] = _nonzero(parameter.grad)
            else:
                self.add({"event": "backward", "accumulating": _nonzero(parameter.grad)})

        return on_gradient

    def _watch_optimizer(self, optimizer: torch.optim.Optimizer) -> None:
        self.handles.append(optimizer.register_step_pre_hook(_Hook(self._on_step)))
        original_zero_grad = optimizer.zero_grad

        def zero_grad(*args: Any, **kwargs: Any) -> Any:
            self.add({"event": "zero_grad", "by": "optimizer"})
            return original_zero_grad(*args, **kwargs)

        optimizer.zero_grad = zero_grad

    def _on_step(self, optimizer: torch.optim.Optimizer, args: Any, kwargs: Any) -> None:
        grads = [p.grad for group in optimizer.param_groups for p in group["params"] if p.grad is not None]
        state = "none" if not grads else ("nonzero" if any(_nonzero(g) for g in grads) else "zero")
        losses_seen = len(self.sentinels)
        kept = sum(1 for ref in self.sentinels[: max(0, losses_seen - 2)] if ref() is not None)
        self.add({"event": "step", "grads": state, "graphs_kept": kept})

    def _on_loss(self, module: torch.nn.Module, args: Any, output: Any) -> Any:
        if not isinstance(output, torch.Tensor) or not output.requires_grad:
            self.add({"event": "loss", "value": _float_or_none(output), "graph": False})
            return None
        node = output.grad_fn
        if node is not None:
            # A token in the loss node's metadata lives exactly as long as the graph node does: if the
            # learner keeps the graph (total += loss), the token outlives the batch. The loss is unchanged.
            token = _GraphToken()
            node.metadata["torchdojo"] = token
            self.sentinels.append(weakref.ref(token))
        self.add({"event": "loss", "value": _float_or_none(output), "graph": True})
        return None

    def close(self) -> None:
        for handle in self.handles:
            handle.remove()


class _GraphToken:
    """Weakly referenced marker stored on a loss's autograd node."""

    __slots__ = ("__weakref__",)


def _nonzero(gradient: torch.Tensor | None) -> bool:
    """Whether a gradient holds anything but zeros (NaN counts as something)."""
    return gradient is not None and bool(gradient.detach().any())


def _float_or_none(value: Any) -> float | None:
    try:
        number = float(value.detach()) if isinstance(value, torch.Tensor) and value.numel() == 1 else None
    except Exception:  # noqa: BLE001
        return None
    return wire._encode_float(number) if number is not None else None


# ------------------------------------------------------------------------------------------ the probe
def run_job(header: dict[str, Any], blobs: list, source: str, stdout_limit: int = 65_536) -> bytes:
    """Execute ``source``, call its entry on every case, and return the framed observation message."""
    out_blobs: list[bytes] = []
    captured = CappedText(stdout_limit)
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = captured
    try:
        reply = _observe(header, blobs, source, out_blobs, captured)
    finally:
        sys.stdout, sys.stderr = saved
    reply.update(type="result", stdout=captured.getvalue(), stdout_total=captured.total)
    return wire.frame(reply, out_blobs)


def _observe(
    header: dict[str, Any], blobs: list, source: str, out_blobs: list[bytes], captured: CappedText
) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "submission", "__builtins__": builtins, "__file__": FILENAME}
    linecache.cache[FILENAME] = (len(source), None, source.splitlines(True), FILENAME)
    try:
        exec(compile(source, FILENAME, "exec"), namespace)  # noqa: S102 - this is the sandboxed child
    except BaseException as error:  # noqa: BLE001 - SystemExit, KeyboardInterrupt… are learner errors here
        return {"load": describe_exception(error), "cases": []}
    loaded = {"stdout_load": captured.total}  # what the module printed on import, before any case
    entry = namespace.get(header["entry"])
    if not callable(entry):
        return {
            "load": None,
            "entry_found": False,
            "entry_type": type(entry).__name__ if entry is not None else None,
            "cases": [],
            **loaded,
        }
    cases = []
    for case in header["cases"]:
        if cases and (cases[-1].get("exception") or {}).get("memory"):
            cases.append({"skipped": True})  # after running out of memory, the rest would only repeat it
            continue
        started = time.perf_counter()
        observed = _observe_case(entry, case, blobs, out_blobs)
        observed["ms"] = round((time.perf_counter() - started) * 1000, 3)  # the reference's cost plans splits
        cases.append(observed)
    return {"load": None, "entry_found": True, "cases": cases, **loaded}


# What each input tensor of a call held before it (see ``snapshot``): its path -> a copy of its values, the
# tensor itself, whether it required grad, whether it had a ``.grad``.
Snapshot = dict[str, tuple[torch.Tensor, Any, bool, bool]]

# Case inputs a zygote built before forking (see ``prebuild``): a case's digest -> its built arguments, the
# generator state that followed building them and their ``snapshot``. Empty outside a zygote and its children.
PREBUILT: dict[str, tuple[dict[str, Any], torch.Tensor, Snapshot]] = {}


def build_arguments(case: dict[str, Any], blobs: list) -> dict[str, Any]:
    """A case's arguments as live objects, built in order (a ``Ref`` names an earlier one) after seeding."""
    torch.default_generator.manual_seed(case.get("seed", 0))  # cheaper than torch.manual_seed (no CUDA queue)
    built: dict[str, Any] = {}
    for name, data in case["args"]:
        built[name] = materialize(data, blobs, built)
    return built


def prebuild(header: dict[str, Any], blobs: list) -> int:
    """Build the arguments of every case in a job header ahead of time, keyed by each case's digest; returns
    how many were built. A child then takes them ready-made (each at most once: a learner's code changes
    what it is given) with the generator state that building them left, so it observes exactly what
    building them itself would. Their snapshot (what a call must leave unchanged) is taken here too: the
    copies are only read, so children share them. A case that cannot be built here is built by the child."""
    count = 0
    for case in header.get("cases", []):
        digest = case.get("digest")
        if not isinstance(digest, str) or digest in PREBUILT:
            continue
        try:
            built = build_arguments(case, blobs)
            PREBUILT[digest] = (built, torch.default_generator.get_state(), snapshot(built))
            count += 1
        except Exception:  # noqa: BLE001 - the child builds it and reports what goes wrong
            continue
    return count


def _observe_case(entry, case: dict[str, Any], blobs: list, out_blobs: list[bytes]) -> dict[str, Any]:
    ready = PREBUILT.pop(case.get("digest"), None) if PREBUILT else None
    if ready is not None:
        built, state, before = ready
        torch.default_generator.set_state(state)
    else:
        built = build_arguments(case, blobs)
        before = snapshot(built)  # watching (below) changes no tensor: the order does not matter
    recorder = Recorder()
    for value in built.values():
        recorder.watch(value)
    rng_before = torch.get_rng_state() if "rng" in case.get("observe", ()) else None
    module_inputs = [item[7:] for item in case.get("observe", []) if item.startswith("module:")]
    arguments = {name: value for name, value in built.items() if name not in module_inputs}
    observed: dict[str, Any] = {"exception": None}
    try:
        returned = entry(**arguments)
        if module_inputs and isinstance(returned, torch.nn.Module):
            observed["diagram"], returned = describe_module(returned, built[module_inputs[0]])
    except BaseException as error:  # noqa: BLE001
        observed["exception"] = describe_exception(error)
        if isinstance(getattr(error, "torchdojo_diagram", None), list):
            observed["diagram"] = error.torchdojo_diagram
    else:
        observed["value"] = _encode_result(returned, out_blobs)
        del returned
    recorder.close()
    observed["mutated"] = changed_inputs(before)
    observed["events"] = recorder.events
    observed.update(_after_call(case.get("observe", []), built, rng_before, out_blobs))
    return observed


def _encode_result(returned: Any, out_blobs: list[bytes]) -> dict[str, Any]:
    """The returned value as plain data; an object that cannot be read (an exotic tensor, a container that
    raises while it is walked) is described by its type, so the judge names it instead of the child dying."""
    kept = len(out_blobs)
    try:
        return wire.encode_value(returned, out_blobs)
    except Exception as error:  # noqa: BLE001 - the learner's object, the learner's problem: say what it was
        del out_blobs[kept:]
        return {
            "kind": "object",
            "type": wire.qualname(returned),
            "repr": f"<the grader could not read it: {type(error).__name__}>",
        }


def _after_call(
    items: list[str], built: dict[str, Any], rng_before: torch.Tensor, out_blobs: list[bytes]
) -> dict[str, Any]:
    """Side observations named by the case: module state, training flag, gradients, global RNG use."""
    observed = {}
    for item in items:
        kind, _, name = item.partition(":")
        target = built.get(name)
        if kind == "state" and isinstance(target, torch.nn.Module):
            observed[item] = wire.encode_value(dict(target.state_dict()), out_blobs)
        elif kind == "training" and isinstance(target, torch.nn.Module):
            observed[item] = wire.encode_value(bool(target.training), out_blobs)
        elif kind == "grads" and isinstance(target, torch.nn.Module):
            grads = {key: parameter.grad for key, parameter in target.named_parameters()}
            observed[item] = wire.encode_value(grads, out_blobs)
        elif kind == "rng":
            observed[item] = wire.encode_value(not torch.equal(rng_before, torch.get_rng_state()), out_blobs)
    return observed


def describe_module(module: torch.nn.Module, inputs: Any) -> tuple[list[dict[str, Any]], Any]:
    """Run ``module`` on ``inputs`` and describe it layer by layer: name, type, output shape, parameters.

    This is the learner's own model as the grader saw it; the feedback draws it beside the reference's.
    When a layer raises, the rows so far and the failing layer (``failed: True``) ride on the exception.
    """
    rows: list[dict[str, Any]] = []
    entered: list[dict[str, Any]] = []
    handles = []
    for name, layer in module.named_modules():
        if next(layer.children(), None) is not None and not any(
            True for _ in layer.parameters(recurse=False)
        ):
            continue  # containers are described through their leaves
        row = {"name": name or type(module).__name__, "type": type(layer).__name__, "shape": None,
               "parameters": sum(parameter.numel() for parameter in layer.parameters(recurse=False))}  # fmt: skip

        def before(layer_, args, row=row):
            entered.append(row)

        def after(layer_, args, output, row=row):
            done = dict(row, shape=list(output.shape) if isinstance(output, torch.Tensor) else None)
            rows.append(done)
            if entered and entered[-1] is row:
                entered.pop()

        handles += [layer.register_forward_pre_hook(before), layer.register_forward_hook(after)]
    try:
        output = module(inputs)
    except BaseException as error:
        error.torchdojo_diagram = rows[:199] + [dict(entered[-1], failed=True)] if entered else rows[:200]
        raise
    finally:
        for handle in handles:
            handle.remove()
    return rows[:200], output


def _tensors_in(value: Any, path: str, depth: int = 0):
    """(path, tensor) for every tensor in an argument, looking into lists, tuples and dicts."""
    if isinstance(value, torch.Tensor):
        yield path, value
    elif depth < 3 and isinstance(value, (list, tuple)):
        for index, item in enumerate(value[:1000]):
            yield from _tensors_in(item, f"{path}[{index}]", depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in list(value.items())[:1000]:
            yield from _tensors_in(item, f"{path}[{key!r}]", depth + 1)


def snapshot(arguments: dict[str, Any]) -> Snapshot:
    """What each input tensor holds before the call: a copy of its values, itself, requires_grad, has a grad."""
    taken = {}
    for name, value in arguments.items():
        if type(value) is torch.Tensor:  # the usual argument: no subclass to disarm, nothing to walk
            taken[name] = (value.detach().clone(), value, bool(value.requires_grad), value.grad is not None)
            continue
        if isinstance(value, torch.nn.Module | torch.optim.Optimizer):
            continue  # modules and optimizers are meant to change; their state is observed separately
        for path, tensor in _tensors_in(value, name):
            with torch._C.DisableTorchFunctionSubclass():
                taken[path] = (
                    tensor.detach().clone(),
                    tensor,
                    bool(tensor.requires_grad),
                    tensor.grad is not None,
                )
    return taken


def changed_inputs(taken: Snapshot) -> list[str]:
    changed = []
    for path, (copy, tensor, requires_grad, had_grad) in taken.items():
        if type(tensor) is torch.Tensor:
            plain = tensor
        else:
            with torch._C.DisableTorchFunctionSubclass():
                plain = tensor.as_subclass(torch.Tensor)
        if not _same(copy, plain.detach()):
            changed.append(path)
        elif bool(plain.requires_grad) != requires_grad or (plain.grad is not None) != had_grad:
            changed.append(path + wire.GRAD_STATE)
    return changed


def _same(old: torch.Tensor, new: torch.Tensor) -> bool:
    """Equal in value, with NaN equal to NaN. -0.0 equals 0.0, as in ``torch.equal``: an in-place change
    that only flips the sign of a zero is not reported as a mutation (nothing a learner could see)."""
    if old.shape != new.shape or old.dtype != new.dtype:
        return False
    if old.is_meta or new.is_meta:
        return old.device == new.device  # no data to compare
    if torch.equal(old, new):
        return True
    if old.is_floating_point() or old.is_complex():
        both_nan = torch.isnan(old) & torch.isnan(new)
        return bool(((old == new) | both_nan).all())
    return bool(torch.equal(old, new))
