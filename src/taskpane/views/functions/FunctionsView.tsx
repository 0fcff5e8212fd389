/** Functions: the reference of every CN function, rendered from core's catalog, each insertable into a cell. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { FUNCTION_CATALOG } from "../../../core/api/function-catalog";
import { useI18n } from "../../i18n";
import type { PaneHost, PaneOperations } from "../../host/operations";
import { FunctionCard } from "./FunctionCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Props: the host and its operations. */
export interface FunctionsViewProps {
  host: PaneHost;
  operations: PaneOperations;
}

/** The Functions view. */
export function FunctionsView({ host, operations }: FunctionsViewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text>{t.functions.intro}</Text>
      <ul className={styles.list}>
        {FUNCTION_CATALOG.map((fn) => (
          <FunctionCard key={fn.id} fn={fn} host={host} operations={operations} />
        ))}
      </ul>
    </div>
  );
}
