# Runs cut into parts (--shard I/N) and `fundmix merge` (src/cmd/, src/partial/).
part-robust-done = Part { $index } of { $count }: { $done } of the { $total } draws solved.
part-compare-done = Part { $index } of { $count }: { $done } of the { $total } scenarios solved.
part-frontier-exact-done = Part { $index } of { $count }: { $done } of the { $total } segments of the frontier traced.
part-frontier-grid-done = Part { $index } of { $count }: { $done } of the { $total } amounts of money solved.
part-folder = Partial result
part-next = When all { $count } parts are done, `fundmix merge` with their folders writes the reports.
part-too-many-draws = { $count } parts for { $items } draws: some parts would have no draw to solve
part-too-many-scenarios = { $count } parts for { $items } scenarios: some parts would have no scenario to solve
part-too-many-segments = an exact frontier is traced in { $items } segments, each point of a segment found from the one before, so it can be cut into { $items } parts at most, not { $count }
part-too-many-amounts = { $count } parts for a grid of { $items } amounts: some parts would have no amount to solve
part-fix-fewer = use at most { $items } parts (--shard I/{ $items })
part-fix-fewer-segments = use at most { $items } parts (--shard I/{ $items }), or --grid N, whose N amounts are solved one by one
part-out-is-file = '{ $dir }' is a file, not a folder for a partial result, so nothing was written. Choose a new or empty folder for each part (--out DIR)
part-out-not-part = '{ $dir }' holds files that are not a partial result of fundmix (it has no { $file }), so nothing was written: a part replaces its whole folder. Choose a new or empty folder for each part (--out DIR)
part-not-exact = the partial result for '{ $dir }' would not read back with the very numbers computed (a number JSON cannot hold), so nothing was written. This is a bug in fundmix: please report it with your input files
merge-no-parts = no part was given
merge-fix-give-parts = give the folders that the runs with --shard I/N wrote (their --out)
merge-not-found = this folder does not exist
merge-not-folder = this is a file, not the folder of a part
merge-is-report = this is a report, not a partial result
merge-not-part = this folder holds no { $file }: it is not a partial result of fundmix
merge-unreadable = { $file } cannot be read: { $detail }
merge-fix-rerun = run this part again (the same command with its --shard I/N)
merge-other-version = this part was written by fundmix { $theirs }; this is fundmix { $ours }
merge-fix-same-version = run every part and the merge with the same fundmix
merge-other-command = this is a part of `fundmix { $theirs }`, but '{ $first }' is a part of `fundmix { $ours }`
merge-fix-one-run = merge the parts of one run at a time
merge-other-count = this is part { $index } of { $count }, but '{ $first }' is a part of { $first_count }
merge-fix-same-count = give the parts of one run: all written with the same N in --shard I/N
merge-other-settings = this part was run with { $setting } = { $theirs }, but '{ $first }' with { $setting } = { $ours }
merge-fix-same-settings = run this part again with the same options as the others
merge-other-inputs = this part was run on other input than '{ $first }': the plan or the scenario differs
merge-fix-same-inputs = run every part on the same files, then merge
merge-missing = part { $index } of { $count } is missing
merge-fix-missing = run it (fundmix { $command } { $input } … --shard { $index }/{ $count }, with the same options as the other parts) and give its folder too
merge-duplicate = this is part { $index } of { $count }, as is '{ $other }'
merge-fix-once = give each part once
merge-damaged = { $file } does not hold what part { $index } of { $count } should: it was changed after the run
merge-other-ends = the ends of the frontier came out otherwise than in '{ $first }' (the solver answered differently on that machine)
merge-fix-same-machines = run every part on one kind of machine with the same fundmix, or trace this frontier in one run
merge-out-is-part = '{ $dir }' is a partial result: the reports would replace it
merge-fix-out = choose another folder for the reports (--out DIR)
merge-done = Merged { $count ->
    [one] { $count } part
   *[other] { $count } parts
} of `fundmix { $command }`.
