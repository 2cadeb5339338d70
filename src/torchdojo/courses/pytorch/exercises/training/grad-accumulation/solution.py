def accumulated_step(model, x, y, criterion, optimizer, micro_batches):
    """One optimizer step on (x, y), computed as micro_batches accumulated forward/backward passes."""
    model.train()
    optimizer.zero_grad()  # once: the pieces' gradients must add up
    for xs, ys in zip(x.chunk(micro_batches), y.chunk(micro_batches)):  # (B/k, F), (B/k, 1)
        loss = criterion(model(xs), ys) / micro_batches  # the mean of k means is the full batch's mean
        loss.backward()  # adds into .grad
    optimizer.step()
