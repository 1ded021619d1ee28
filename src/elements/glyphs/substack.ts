import { siSubstack } from 'simple-icons';

export default siSubstack.path;
