package dev.configunit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command-line parser: the option forms, repeatable and list options, positional parameters, subcommands and
 * the errors, each against a small command declared here.
 */
class ArgumentsTests {

    private static final CommandSpec COMMAND = CommandSpec.command("check", "Checks things.",
            CommandSpec.Positionals.optional("PATH", "what to check"),
            List.of(OptionSpec.value("--format", "FORMAT", "text or json").withDefault("text"),
                    OptionSpec.value("--out", "FILE", "where to write"),
                    OptionSpec.repeatable("--rules", "PATH", "rule files"),
                    OptionSpec.list("--clients", "LIST", "client profiles"),
                    OptionSpec.flag("--dry-run", "write nothing")));
    private static final CommandSpec NO_PARAMETERS = CommandSpec.command("list", "Lists things.", null,
            List.of(OptionSpec.value("--format", "FORMAT", "text or json")));
    private static final CommandSpec REQUIRED = CommandSpec.command("fix", "Fixes things.",
            CommandSpec.Positionals.required("PATH", "what to fix"), List.of());
    private static final CommandSpec PROGRAM = CommandSpec.program("Does things.", COMMAND, NO_PARAMETERS);

    @Test
    void anOptionTakesItsValueFromTheNextArgument() {
        assertThat(parse("--format", "json").value("--format")).isEqualTo("json");
    }

    @Test
    void anOptionTakesItsValueAfterAnEqualsSign() {
        assertThat(parse("--format=json").value("--format")).isEqualTo("json");
    }

    @Test
    void aValueAfterAnEqualsSignMayHoldEqualsSignsAndBeEmpty() {
        assertThat(parse("--out=a=b").value("--out")).isEqualTo("a=b");
        assertThat(parse("--out=").value("--out")).isEmpty();
    }

    @Test
    void anAbsentOptionHasItsDefaultOrNone() {
        Arguments arguments = parse();

        assertThat(arguments.value("--format")).isEqualTo("text");
        assertThat(arguments.value("--out")).isNull();
        assertThat(arguments.path("--out")).isNull();
        assertThat(arguments.values("--rules")).isEmpty();
        assertThat(arguments.flag("--dry-run")).isFalse();
    }

    @Test
    void aRepeatableOptionKeepsEveryValueInOrder() {
        Arguments arguments = parse("--rules", "a.yaml", "--rules=b.yaml", "--rules", "c");

        assertThat(arguments.values("--rules")).containsExactly("a.yaml", "b.yaml", "c");
        assertThat(arguments.paths("--rules")).containsExactly(Path.of("a.yaml"), Path.of("b.yaml"), Path.of("c"));
    }

    @Test
    void aListOptionSplitsAtCommasAndAddsUpWhenRepeated() {
        assertThat(parse("--clients", "docker,podman", "--clients=gitlab-runner").values("--clients"))
                .containsExactly("docker", "podman", "gitlab-runner");
    }

    @Test
    void aFlagIsSetByItsName() {
        assertThat(parse("--dry-run").flag("--dry-run")).isTrue();
    }

    @Test
    void optionsAndParametersMayComeInAnyOrder() {
        Arguments arguments = parse("a", "--format", "json", "b", "--dry-run", "c");

        assertThat(arguments.positionals()).containsExactly("a", "b", "c");
        assertThat(arguments.positionalPaths()).containsExactly(Path.of("a"), Path.of("b"), Path.of("c"));
        assertThat(arguments.value("--format")).isEqualTo("json");
        assertThat(arguments.flag("--dry-run")).isTrue();
    }

    @Test
    void doubleDashEndsTheOptions() {
        Arguments arguments = parse("--dry-run", "--", "--format", "-h");

        assertThat(arguments.positionals()).containsExactly("--format", "-h");
        assertThat(arguments.value("--format")).isEqualTo("text");
        assertThat(arguments.helpRequested()).isFalse();
    }

    @Test
    void aLoneDashIsAParameter() {
        assertThat(parse("-").positionals()).containsExactly("-");
    }

    @Test
    void aValueMayStartWithADashUnlessItIsAnOption() {
        assertThat(parse("--out", "-report.json").value("--out")).isEqualTo("-report.json");
        assertThatThrownBy(() -> parse("--out", "--dry-run"))
                .hasMessage("missing value for option '--out' (FILE)");
        assertThatThrownBy(() -> parse("--out", "--format=json"))
                .hasMessage("missing value for option '--out' (FILE)");
    }

    @Test
    void aMissingValueIsAnError() {
        assertThatThrownBy(() -> parse("a", "--format"))
                .isInstanceOf(UsageException.class)
                .hasMessage("missing value for option '--format' (FORMAT)");
    }

    @Test
    void anUnknownOptionIsAnError() {
        assertThatThrownBy(() -> parse("--fromat", "json")).hasMessage("unknown option '--fromat'");
        assertThatThrownBy(() -> parse("--fromat=json")).hasMessage("unknown option '--fromat'");
        assertThatThrownBy(() -> parse("-x")).hasMessage("unknown option '-x'");
        assertThatThrownBy(() -> parse("-hx")).hasMessage("unknown option '-hx'");
    }

    @Test
    void aFlagTakesNoValue() {
        assertThatThrownBy(() -> parse("--dry-run=true")).hasMessage("option '--dry-run' takes no value");
    }

    @Test
    void aSingleValueOptionOrFlagIsGivenAtMostOnce() {
        assertThatThrownBy(() -> parse("--format", "json", "--format=text"))
                .hasMessage("option '--format' should be specified only once");
        assertThatThrownBy(() -> parse("--dry-run", "--dry-run"))
                .hasMessage("option '--dry-run' should be specified only once");
    }

    @Test
    void aCommandWithoutParametersRefusesOne() {
        assertThatThrownBy(() -> Arguments.parse(NO_PARAMETERS, List.of("--format", "json", "stray")))
                .hasMessage("unexpected argument 'stray'");
    }

    @Test
    void aRequiredParameterMustBeGivenUnlessHelpOrVersionIsAsked() {
        assertThatThrownBy(() -> Arguments.parse(REQUIRED, List.of())).hasMessage("missing parameter PATH");
        assertThat(Arguments.parse(REQUIRED, List.of("-h")).helpRequested()).isTrue();
        assertThat(Arguments.parse(REQUIRED, List.of("--version")).versionRequested()).isTrue();
    }

    @Test
    void theErrorNamesTheCommandWhoseHelpFollows() {
        assertThatThrownBy(() -> parse("--nope"))
                .isInstanceOfSatisfying(UsageException.class, e -> assertThat(e.command()).isSameAs(COMMAND));
    }

    @Test
    void helpAndVersionHaveALongAndAShortNameAndCombine() {
        assertThat(parse("--help").helpRequested()).isTrue();
        assertThat(parse("-h").helpRequested()).isTrue();
        assertThat(parse("--version").versionRequested()).isTrue();
        assertThat(parse("-V").versionRequested()).isTrue();
        Arguments both = parse("-hV");
        assertThat(both.helpRequested()).isTrue();
        assertThat(both.versionRequested()).isTrue();
        assertThat(parse("a").helpRequested()).isFalse();
    }

    @Test
    void aCommandWithSubcommandsStopsAtTheSubcommandsName() {
        Arguments arguments = Arguments.parse(PROGRAM, List.of("check", "--format", "json", "-h"));

        assertThat(arguments.subcommand()).isSameAs(COMMAND);
        assertThat(arguments.subcommandArguments()).containsExactly("--format", "json", "-h");
        assertThat(arguments.helpRequested()).isFalse();
    }

    @Test
    void optionsBeforeTheSubcommandBelongToTheProgram() {
        Arguments arguments = Arguments.parse(PROGRAM, List.of("-V", "list"));

        assertThat(arguments.versionRequested()).isTrue();
        assertThat(arguments.subcommand()).isSameAs(NO_PARAMETERS);
    }

    @Test
    void anUnknownSubcommandIsAnError() {
        assertThatThrownBy(() -> Arguments.parse(PROGRAM, List.of("chek")))
                .hasMessage("unknown command 'chek' (expected check or list)");
        assertThatThrownBy(() -> Arguments.parse(PROGRAM, List.of("--format", "json")))
                .hasMessage("unknown option '--format'");
    }

    @Test
    void noSubcommandIsNoError() {
        assertThat(Arguments.parse(PROGRAM, List.of()).subcommand()).isNull();
    }

    @Test
    void aPathThatCannotBeOneIsAnErrorThatDoesNotQuoteIt() {
        assertThatThrownBy(() -> parse("--out", "a\0b").path("--out"))
                .isInstanceOf(UsageException.class)
                .hasMessage("invalid value for option '--out': not a path");
        assertThatThrownBy(() -> parse("a\0b").positionalPaths())
                .hasMessage("invalid value for PATH: not a path");
    }

    @Test
    void askingForAnUndeclaredOptionIsAProgrammingError() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse().value("--colour"))
                .withMessage("configunit check has no option --colour");
    }

    @Test
    void onlyAFlagHasAShortName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OptionSpec.value("--format", "FORMAT", "text or json").withShortName("-f"));
    }

    private static Arguments parse(String... args) {
        return Arguments.parse(COMMAND, List.of(args));
    }
}
