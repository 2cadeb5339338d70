import torch


def activation_shapes(model: torch.nn.Module, x: torch.Tensor) -> list[tuple[int, ...]]:
    """Run model(x) once; return the output shape of every leaf layer, in call order, as tuples."""
    shapes = []

    def record(module, inputs, output):
        shapes.append(tuple(output.shape))  # torch.Size -> tuple

    leaves = [m for m in model.modules() if next(m.children(), None) is None]
    handles = [leaf.register_forward_hook(record) for leaf in leaves]
    try:
        with torch.no_grad():
            model(x)
    finally:
        for handle in handles:
            handle.remove()  # the model runs hook-free afterwards
    return shapes
