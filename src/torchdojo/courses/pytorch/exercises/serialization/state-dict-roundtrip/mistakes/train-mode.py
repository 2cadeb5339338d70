# expect: failed values : differs from the reference
import io

import torch


def reload_and_predict(model, fresh, x):
    buffer = io.BytesIO()
    torch.save(model.state_dict(), buffer)
    buffer.seek(0)
    fresh.load_state_dict(torch.load(buffer, weights_only=True))
    with torch.no_grad():
        return fresh(x)
