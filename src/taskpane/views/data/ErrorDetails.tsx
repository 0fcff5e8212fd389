/** The technical side of a refresh error (code, detail, schema problems), behind a toggle. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RefreshError } from "../../../data/refresh-error";
import { useI18n } from "../../i18n";
import { Disclosure } from "../../components/Disclosure";

const useStyles = makeStyles({
  detail: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere", margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** A toggle with the error's code, detail and problems. */
export function ErrorDetails({ error }: { error: Pick<RefreshError, "code" | "detail" | "problems"> }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Disclosure label={t.common.details}>
      <Text size={200} block>
        {t.data.code}: <code>{error.code}</code>
      </Text>
      <p className={styles.detail}>{error.detail}</p>
      {error.problems && error.problems.length > 0 && (
        <ul className={styles.list}>
          {error.problems.map((p, i) => (
            <li key={i} className={styles.detail}>
              {p}
            </li>
          ))}
        </ul>
      )}
    </Disclosure>
  );
}
