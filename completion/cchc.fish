# fish completion for cchc: commands, the options of the command being typed and their
# values, read from `cchc … --help --lang en` so they never drift from the program; units,
# plans, agencies and task references from the repository through the hidden
# `cchc __complete` (as completion/cchc.bash does). Installed as
# share/fish/vendor_completions.d/cchc.fish, where fish looks.

function __cchc_commands --description 'the subcommands of a cchc command path'
    $argv --help --lang en 2>/dev/null | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { n = $1; $1 = ""; sub(/^ +/, ""); print n "\t" $0 }'
end

function __cchc_complete --description 'what cchc takes at the cursor'
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l cchc $tokens[1]
    # The command path typed so far ("record status" …): stop at the first option or argument
    # that is no command.
    set -l cmdpath
    set -l i 2
    while test $i -le (count $tokens)
        set -l w $tokens[$i]
        # Global options before the command (cchc -C DIR due …): skipped, with their value.
        if contains -- $w -C --root --lang --color
            set i (math $i + 2)
            continue
        end
        if string match -q -- '--no-pager' $w; or string match -qr -- '^--(root|lang|color)=' $w
            set i (math $i + 1)
            continue
        end
        string match -q -- '-*' $w; and break
        set -l subs (__cchc_commands $cchc $cmdpath | string replace -r '\t.*' '')
        contains -- $w $subs; or break
        set -a cmdpath $w
        set i (math $i + 1)
    end
    set -l first $i  # the first token after the command path
    # --root/-C typed so far, for the words from the repository.
    set -l root
    set -l j 2
    while test $j -le (count $tokens)
        switch $tokens[$j]
            case --root -C
                set -l k (math $j + 1)
                test $k -le (count $tokens); and set root --root $tokens[$k]
            case '--root=*'
                set root --root (string replace -- --root= '' $tokens[$j])
        end
        set j (math $j + 1)
    end
    set -l prev $tokens[-1]
    set -l kind
    switch $prev
        case --unit
            set kind units
        case --agency
            set kind agencies
        case --plan
            set kind plans
    end
    if test -z "$kind"; and not string match -q -- '-*' $cur; and not string match -q -- '-*' $prev
        # The first argument of record status / event / close.
        set -l nargs 0
        for t in $tokens[$first..-1]
            string match -q -- '-*' $t; or set nargs (math $nargs + 1)
        end
        if test $nargs -eq 0
            switch "$cmdpath"
                case 'record status'
                    set kind tasks
                case 'record event'
                    set kind events
                case 'record close'
                    set kind plans
            end
        end
    end
    if test -n "$kind"
        $cchc __complete $kind $root 2>/dev/null
        return
    end
    set -l help ($cchc $cmdpath --help --lang en 2>/dev/null)
    or return
    # The values of an option with a fixed set: "--format TEXT:{table,md,json}".
    if string match -q -- '--*' $prev
        set -l set (string match -r -- '^ +'(string escape --style=regex -- $prev)'[ ,][^ ]*:\{([^}]*)\}' $help)[2]
        if test -n "$set"
            string split , -- $set
            return
        end
    end
    switch $prev
        case --root -C
            __fish_complete_directories $cur
            return
        case -o --output
            __fish_complete_path $cur
            return
    end
    if string match -q -- '-*' $cur
        string match -ar -- '(?:^|[ ,])(--?[a-zA-Z][a-zA-Z-]*)' $help | string match -r -- '^--?[a-zA-Z][a-zA-Z-]*$' | sort -u
        return
    end
    set -l subs (printf '%s\n' $help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { n = $1; $1 = ""; sub(/^ +/, ""); print n "\t" $0 }')
    if test (count $subs) -gt 0
        printf '%s\n' $subs
    else
        __fish_complete_path $cur
    end
end

complete -c cchc -f -a '(__cchc_complete)'
