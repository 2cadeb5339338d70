# expect: failed behaviour : did not end where a correct run leaves them
def accumulated_step(model, x, y, criterion, optimizer, micro_batches):
    optimizer.zero_grad()
    for xs, ys in zip(x.chunk(micro_batches), y.chunk(micro_batches)):
        criterion(model(xs), ys).backward()
    optimizer.step()
