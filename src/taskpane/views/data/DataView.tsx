/** Data: the loaded dataset's status, what start-up did, the refresh with its settings, and what changed in the workbook. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { LoadedData } from "../../../data/store";
import type { DataServices } from "../../host/data-services";
import { useI18n } from "../../i18n";
import type { PaneHost, PaneOperations } from "../../host/operations";
import type { ChangeRequests } from "./useChangeRequests";
import type { StartupSnapshot } from "../../host/startup";
import { DataSummary } from "./DataSummary";
import { RefreshPanel } from "./RefreshPanel";
import { ResetBuiltIn } from "./ResetBuiltIn";
import { StartupMessages } from "./StartupMessages";
import { ChangesSection } from "./ChangesSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

/** Props: the loaded data, start-up state, data services, host and operations, and the change checks asked for. */
export interface DataViewProps {
  data: LoadedData;
  startup: StartupSnapshot;
  services: DataServices;
  host: PaneHost;
  operations: PaneOperations;
  changes: ChangeRequests;
}

/** The Data view. */
export function DataView({ data, startup, services, host, operations, changes }: DataViewProps) {
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
      <ChangesSection operations={operations} services={services} atlas={data.atlas} changes={changes} keep={startup.keep} />
    </div>
  );
}
