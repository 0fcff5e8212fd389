/**
 * Fluent's Select, but able to shrink below its longest option: a native select is as wide as
 * its longest option by default, which would push a 320 px pane into sideways scrolling.
 */
import { Select, makeStyles, mergeClasses, type SelectProps } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, textOverflow: "ellipsis" },
});

/** A Select that fits its container. */
export function FitSelect(props: SelectProps) {
  const styles = useStyles();
  return <Select {...props} className={mergeClasses(styles.root, props.className)} select={{ className: styles.select }} />;
}
