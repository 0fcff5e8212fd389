/** Data: the loaded dataset's status, what start-up did, and the refresh with its settings. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { LoadedData } from "../../../data/store";
import type { DataServices } from "../../host/data-services";
import { useI18n } from "../../i18n";
import type { PaneHost } from "../../host/operations";
import type { StartupSnapshot } from "../../host/startup";
import { DataSummary } from "./DataSummary";
import { RefreshPanel } from "./RefreshPanel";
import { ResetBuiltIn } from "./ResetBuiltIn";
import { StartupMessages } from "./StartupMessages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

/** Props: the loaded data, start-up state, data services and host. */
export interface DataViewProps {
  data: LoadedData;
  startup: StartupSnapshot;
  services: DataServices;
  host: PaneHost;
}

/** The Data view. */
export function DataView({ data, startup, services, host }: DataViewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <DataSummary data={data} storageKind={services.storageKind} />
      <StartupMessages startup={startup} />
      <section className={styles.root} aria-labelledby="refresh-heading">
        <Text as="h3" id="refresh-heading" weight="semibold" size={400} className={styles.heading}>
          {t.data.refreshHeading}
        </Text>
        <RefreshPanel services={services} host={host} recalculation={startup.recalculation} />
        <ResetBuiltIn services={services} />
      </section>
    </div>
  );
}
